import type { Actor } from '../auth/actor';
import { roleIn } from '../auth/actor';

export type CycleAction =
	| 'cycle.create'
	| 'cycle.edit'
	| 'phase.edit'
	| 'cycle.change_dates'
	| 'cycle.pause'
	| 'cycle.cancel';

/**
 * A place's cycles are its own decisions: its lead and team members start and shape them, and move
 * their dates. Pausing or cancelling a whole cycle is the lead's call. Stewards cannot do any of it —
 * the centre serves, it does not steer — even though they can create the place itself.
 * Facilitators and moderators have their own work (workshops, moderation) and do not edit cycles.
 */
export function canOnCycle(actor: Actor, action: CycleAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'cycle.create':
		case 'cycle.edit':
		case 'phase.edit':
		case 'cycle.change_dates':
			return role === 'lead' || role === 'team_member';
		case 'cycle.pause':
		case 'cycle.cancel':
			return role === 'lead';
		default:
			return false;
	}
}
