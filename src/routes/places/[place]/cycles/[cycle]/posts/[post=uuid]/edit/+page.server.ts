import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { editPost, whyPostLocked } from '$lib/server/posts/edit-post';
import { canOnPost } from '$lib/server/posts/posts.permissions';
import { postOr404 } from '$lib/server/comments/comment-subject-or-404';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { editPostForm } from '$lib/validation/post-edit';
import type { Actions, PageServerLoad } from './$types';

/** Error codes for why a post can no longer be changed (the words are in form-errors). */
const lockedCode = { phase_closed: 'post_locked_phase_closed', post_hidden: 'post_locked_hidden', post_reviewed: 'post_locked_reviewed' } as const;

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	if (locals.actor.kind === 'anonymous') redirect(303, localizeHref('/sign-in'));
	const { place, cycle, post } = await postOr404(db, params, locals.actor.userId);
	const mine = post.authorUserId !== null && post.authorUserId === locals.actor.userId;
	const locked = whyPostLocked(cycle, post, new Date());
	return {
		place,
		cycle,
		mine,
		// A stranger learns only that it is not theirs, never the words of a hidden post.
		post: mine ? { id: post.id, kind: post.kind, body: post.body, locationText: post.locationText } : { id: post.id, kind: post.kind, body: '', locationText: null },
		locked: mine && locked ? lockedCode[locked] : null
	};
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const viewerId = event.locals.actor.kind === 'person' ? event.locals.actor.userId : null;
		const { place, cycle, post } = await postOr404(db, event.params, viewerId);
		const actor = authorize(event.locals.actor, canOnPost, 'post.edit', { placeId: place.id, authorUserId: post.authorUserId });
		const parsed = await parseForm(event, editPostForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { values } = parsed;
		const result = await editPost({ db, now: new Date() }, actor, { cycle, post, ...parsed.data });
		if (!result.ok) return failForm(409, { body: result.error === 'post_unknown' ? 'post_unknown' : lockedCode[result.error] }, { values });
		redirect(303, localizeHref(`/places/${place.slug}/cycles/${cycle.slug}/posts/${post.id}?edited=1`));
	}
} satisfies Actions;
