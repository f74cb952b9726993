import { authorize } from '$lib/server/auth/guard';
import { canOnComment } from '$lib/server/comments/comments.permissions';
import { findRoleInGroup, submitComment, submitFlag, submitHide } from '$lib/server/comments/comment-form-actions';
import { loadDiscussion } from '$lib/server/comments/load-discussion';
import { getDatabase } from '$lib/server/platform/db';
import { whyPostLocked } from '$lib/server/posts/edit-post';
import { postOr404 } from '$lib/server/comments/comment-subject-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { findWorkshopCredit } from '$lib/server/workshops/workshops.queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const viewerId = locals.actor.kind === 'person' ? locals.actor.userId : null;
	const { place, cycle, post } = await postOr404(db, params, viewerId);
	const now = new Date();
	const [discussion, workshopCredit] = await Promise.all([
		loadDiscussion(db, locals.actor, { cycle, on: { kind: 'post', postId: post.id }, now, subjectHidden: post.hiddenReason !== null }),
		// A post with no author account may have come from a workshop: say which room wrote it.
		post.authorUserId === null ? findWorkshopCredit(db, { postId: post.id }) : null
	]);
	const { authorUserId, ...shown } = post;
	return {
		place,
		cycle,
		// How often the post was reported is for the moderators only.
		post: discussion.canHide ? shown : { ...shown, reports: 0 },
		canEdit: authorUserId !== null && authorUserId === viewerId && whyPostLocked(cycle, post, now) === null,
		discussion,
		workshopCredit,
		edited: url.searchParams.has('edited')
	};
};

export const actions = {
	comment: async (event) => {
		const db = await getDatabase();
		const { place, cycle, post } = await postOr404(db, event.params, null);
		const values = await readForm(event);
		const roleInGroup = await findRoleInGroup(db, event.locals.actor, values.groupId);
		const actor = values.groupId
			? authorize(event.locals.actor, canOnComment, 'comment.create_as_group', { placeId: place.id, roleInGroup })
			: authorize(event.locals.actor, canOnComment, 'comment.create', { placeId: place.id });
		return submitComment(db, actor, values, { cycle, on: { kind: 'post', postId: post.id } });
	},
	flag: async (event) => {
		const db = await getDatabase();
		const { place, post } = await postOr404(db, event.params, null);
		const actor = authorize(event.locals.actor, canOnComment, 'comment.flag', { placeId: place.id });
		return submitFlag(db, actor, await readForm(event), { placeId: place.id, on: { kind: 'post', postId: post.id } });
	},
	hide: async (event) => {
		const db = await getDatabase();
		const { place, post } = await postOr404(db, event.params, null);
		const actor = authorize(event.locals.actor, canOnComment, 'comment.hide', { placeId: place.id });
		return submitHide(db, actor, await readForm(event), { placeId: place.id, on: { kind: 'post', postId: post.id } });
	}
} satisfies Actions;
