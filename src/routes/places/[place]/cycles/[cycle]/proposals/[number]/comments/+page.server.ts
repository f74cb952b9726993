import { authorize } from '$lib/server/auth/guard';
import { canOnComment } from '$lib/server/comments/comments.permissions';
import { findRoleInGroup, submitComment, submitFlag, submitHide } from '$lib/server/comments/comment-form-actions';
import { loadDiscussion } from '$lib/server/comments/load-discussion';
import { getDatabase } from '$lib/server/platform/db';
import { proposalOr404 } from '$lib/server/comments/comment-subject-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, proposal } = await proposalOr404(db, params);
	const discussion = await loadDiscussion(db, locals.actor, { cycle, on: { kind: 'proposal', proposalId: proposal.id }, now: new Date(), subjectHidden: proposal.hiddenReason !== null });
	return { place, cycle, proposal, discussion };
};

export const actions = {
	comment: async (event) => {
		const db = await getDatabase();
		const { place, cycle, proposal } = await proposalOr404(db, event.params);
		const values = await readForm(event);
		const roleInGroup = await findRoleInGroup(db, event.locals.actor, values.groupId);
		const actor = values.groupId
			? authorize(event.locals.actor, canOnComment, 'comment.create_as_group', { placeId: place.id, roleInGroup })
			: authorize(event.locals.actor, canOnComment, 'comment.create', { placeId: place.id });
		return submitComment(db, actor, values, { cycle, on: { kind: 'proposal', proposalId: proposal.id } });
	},
	flag: async (event) => {
		const db = await getDatabase();
		const { place, proposal } = await proposalOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnComment, 'comment.flag', { placeId: place.id });
		return submitFlag(db, actor, await readForm(event), { placeId: place.id, on: { kind: 'proposal', proposalId: proposal.id } });
	},
	hide: async (event) => {
		const db = await getDatabase();
		const { place, proposal } = await proposalOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnComment, 'comment.hide', { placeId: place.id });
		return submitHide(db, actor, await readForm(event), { placeId: place.id, on: { kind: 'proposal', proposalId: proposal.id } });
	}
} satisfies Actions;
