import { error, redirect } from '@sveltejs/kit';
import type { Actor, Person } from './actor';

export type Can<Action extends string, Subject> = (actor: Actor, action: Action, subject: Subject) => boolean;

/**
 * The one door every mutation goes through: an anonymous caller is sent to sign in, anyone else
 * the domain's `can` does not allow gets 403. An authorisation-coverage test fails when a form
 * action or mutating endpoint does not call this (or `allowAnonymous`).
 */
export function authorize<Action extends string, Subject>(
	actor: Actor,
	can: Can<Action, Subject>,
	action: Action,
	subject: Subject,
	signInPath = '/sign-in'
): Person {
	if (actor.kind === 'anonymous') redirect(303, signInPath);
	if (!can(actor, action, subject)) error(403, { message: 'Forbidden', code: 'forbidden' });
	return actor;
}

/**
 * Marks a mutation that is open to anyone on purpose (asking for a sign-in code, signing in).
 * It does nothing at run time; it makes the exception visible to reviewers and the coverage test.
 */
export function allowAnonymous(_why: string): void {}
