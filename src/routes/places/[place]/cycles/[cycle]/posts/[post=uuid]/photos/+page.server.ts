import { error } from '@sveltejs/kit';
import { discoverPhotosAllowed } from '$lib/cycles/phase-gates';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import type { Database } from '$lib/server/platform/db/database';
import { whyPostLocked } from '$lib/server/posts/edit-post';
import { canOnPost } from '$lib/server/posts/posts.permissions';
import { postOr404 } from '$lib/server/comments/comment-subject-or-404';
import { failForm } from '$lib/server/platform/http/form-failure';
import { attachPhoto, MAX_PHOTOS } from '$lib/server/photos/attach-photo';
import { listPhotos } from '$lib/server/photos/photos.queries';
import { readAddedPhoto } from '$lib/server/photos/read-added-photo';
import type { Actions, PageServerLoad } from './$types';

/** The post, if it may show photos at all: a hidden post's photos are gone with it. */
async function visiblePostOr404(db: Database, params: { place: string; cycle: string; post: string }) {
	const found = await postOr404(db, params, null);
	if (found.post.hiddenReason !== null) error(404, { message: 'Post not found', code: 'post_not_found' });
	return found;
}

const LOCK_CODES = { phase_closed: 'post_locked_phase_closed', post_hidden: 'post_locked_hidden', post_reviewed: 'post_locked_reviewed' } as const;

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, post } = await visiblePostOr404(db, params);
	const photos = await listPhotos(db, { placeId: place.id, subject: { kind: 'post', id: post.id } });
	const isAuthor = canOnPost(locals.actor, 'post.edit', { placeId: place.id, authorUserId: post.authorUserId });
	const now = new Date();
	const locked = whyPostLocked(cycle, post, now);
	const photosOff = !discoverPhotosAllowed(cycle, now);
	return {
		place,
		cycle,
		post: { id: post.id, kind: post.kind, body: post.body },
		photos,
		max: MAX_PHOTOS.post,
		isAuthor,
		locked: locked !== null,
		photosOff,
		canAdd: isAuthor && locked === null && !photosOff && photos.length < MAX_PHOTOS.post
	};
};

export const actions = {
	add: async (event) => {
		const db = await getDatabase();
		const { place, cycle, post } = await visiblePostOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnPost, 'post.edit', { placeId: place.id, authorUserId: post.authorUserId });
		const now = new Date();
		const locked = whyPostLocked(cycle, post, now);
		if (locked) return failForm(400, { photo: LOCK_CODES[locked] }, { form: 'photo' });
		// The place switched photos off for its discover phase.
		if (!discoverPhotosAllowed(cycle, now)) return failForm(400, { photo: 'photo_not_allowed' }, { form: 'photo' });
		const added = await readAddedPhoto(event, { db, now }, actor);
		if (!added.ok) return added.failure;
		const result = await attachPhoto(db, { placeId: place.id, subject: { kind: 'post', id: post.id }, ...added.upload, uploadedByUserId: actor.userId });
		if (!result.ok) return failForm(400, { photo: result.error }, { form: 'photo' });
		return { added: true };
	}
} satisfies Actions;
