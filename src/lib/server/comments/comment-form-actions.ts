import { getLocale } from '$lib/paraglide/runtime';
import { commentForm, commentRefForm, hideCommentForm } from '$lib/validation/comments';
import { fieldErrors } from '$lib/validation/fields';
import type { Actor, Person } from '../auth/actor';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import type { GroupRole } from '../../groups/group-roles';
import { findGroupMembership } from '../groups/groups.queries';
import { failForm, minutesToWait } from '../platform/http/form-failure';
import { getMailer } from '../platform/services';
import { addComment } from './add-comment';
import type { CommentOn } from './comment-on';
import { flagComment } from './flag-comment';
import { hideComment } from './hide-comment';

/*
 * What the comment forms of a post's page and a proposal's discussion page share, after the route
 * has authorised the caller: parse the form, call the domain, and turn its answer into what the
 * page shows. Failures keep what was typed and say which form failed (`form`, plus the ids in values).
 */

/** The caller's role in the group they ask to write as (null when none, or not a member), for canOnComment. */
export async function findRoleInGroup(db: Database, actor: Actor, groupId: string | undefined): Promise<GroupRole | null> {
	if (actor.kind !== 'person' || !groupId || !commentForm.shape.groupId.safeParse(groupId).success) return null;
	return (await findGroupMembership(db, groupId, actor.userId))?.role ?? null;
}

export async function submitComment(db: Database, actor: Person, values: Record<string, string>, target: { cycle: CycleWithPhases; on: CommentOn }) {
	const parsed = commentForm.safeParse(values);
	if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { values, form: 'comment' });
	const result = await addComment({ db, now: new Date() }, actor, { ...target, ...parsed.data });
	if (!result.ok) {
		const limited = result.error === 'rate_limited';
		return failForm(limited ? 429 : 400, { body: result.error }, { values, params: limited ? minutesToWait(result.retryAfterSeconds) : {}, form: 'comment' });
	}
	return { commented: result.commentId };
}

export async function submitFlag(db: Database, actor: Person, values: Record<string, string>, target: { placeId: string; on: CommentOn }) {
	const parsed = commentRefForm.safeParse(values);
	if (!parsed.success) return failForm(400, { comment: 'comment_unknown' }, { form: 'flag' });
	const result = await flagComment({ db }, actor, { ...target, commentId: parsed.data.commentId });
	if (!result.ok) return failForm(400, { comment: result.error }, { form: 'flag' });
	return { reported: true };
}

export async function submitHide(db: Database, actor: Person, values: Record<string, string>, target: { placeId: string; on: CommentOn }) {
	const parsed = hideCommentForm.safeParse(values);
	if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { values, form: 'hide' });
	const result = await hideComment({ db, mailer: await getMailer(), now: new Date() }, actor, { ...target, ...parsed.data, locale: getLocale() });
	if (!result.ok) return failForm(400, { comment: result.error }, { values, form: 'hide' });
	return { hidden: true };
}
