import { redirect } from '@sveltejs/kit';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { checkDiscoverGate, discoverPhotosAllowed } from '$lib/cycles/phase-gates';
import { authorize } from '$lib/server/auth/guard';
import { listCycleChanges } from '$lib/server/cycles/cycle-changes.queries';
import { canOnCycle } from '$lib/server/cycles/cycles.permissions';
import { timelinePhases } from '$lib/server/cycles/phase-timeline';
import { getDatabase } from '$lib/server/platform/db';
import { hidePost } from '$lib/server/posts/hide-post';
import { flagPost, supportPost } from '$lib/server/posts/post-to-discover';
import { canOnPost } from '$lib/server/posts/posts.permissions';
import { decodePostCursor, encodePostCursor, listCyclePosts, type PostView } from '$lib/server/posts/posts.queries';
import { failForm, minutesToWait } from '$lib/server/platform/http/form-failure';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { readFormWithFiles } from '$lib/server/platform/http/read-form-with-files';
import { postWithPhoto } from '$lib/server/photos/post-with-photo';
import { readPhotoUpload } from '$lib/server/photos/read-photo-upload';
import { findLearningReview } from '$lib/server/learning/learning.queries';
import { canOnLearning } from '$lib/server/learning/learning.permissions';
import { getMailer } from '$lib/server/platform/services';
import { fieldErrors } from '$lib/validation/fields';
import { hidePostForm, postForm, supportForm } from '$lib/validation/discover';
import { photoAltForm } from '$lib/validation/photos';
import { PHOTO_MAX_MEGABYTES } from '$lib/photos/photo-limits';
import { loadCallsToAction } from '$lib/server/places/calls-to-action';
import { findConversation } from '$lib/server/conversations/conversations.queries';
import { canOnConversation } from '$lib/server/conversations/conversations.permissions';
import type { Actions, PageServerLoad } from './$types';

const POSTS_SHOWN = 50;


/**
 * One page of a column plus the link to the next, if there is one (we ask for one more than we show).
 * How often a post was reported is for moderators only.
 */
function pageOf<Row extends PostView>(rows: Row[], moderator: boolean) {
	const shown = rows.slice(0, POSTS_SHOWN).map((post) => (moderator ? post : { ...post, reports: 0 }));
	return { posts: shown, older: rows.length > POSTS_SHOWN ? encodePostCursor(shown[shown.length - 1]) : null };
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const now = new Date();
	const viewerId = locals.actor.kind === 'person' ? locals.actor.userId : null;
	const query = { placeId: place.id, cycleId: cycle.id, viewerId, limit: POSTS_SHOWN + 1 };
	const canHide = canOnPost(locals.actor, 'post.hide', { placeId: place.id });
	const [needs, assets, learning, changes, calls, conversation] = await Promise.all([
		listCyclePosts(db, { ...query, kind: 'need', before: decodePostCursor(url.searchParams.get('needs')) }).then((rows) => pageOf(rows, canHide)),
		listCyclePosts(db, { ...query, kind: 'asset', before: decodePostCursor(url.searchParams.get('assets')) }).then((rows) => pageOf(rows, canHide)),
		findLearningReview(db, cycle),
		listCycleChanges(db, cycle),
		loadCallsToAction(db, cycle, now),
		findConversation(db, cycle)
	]);
	return {
		place,
		cycle,
		timeline: timelinePhases(cycle.phases),
		calls,
		now,
		needs,
		assets,
		discover: { need: checkDiscoverGate(cycle, 'need', now).open, asset: checkDiscoverGate(cycle, 'asset', now).open, photos: discoverPhotosAllowed(cycle, now) },
		signedIn: viewerId !== null,
		canEditPhases: canOnCycle(locals.actor, 'phase.edit', { placeId: place.id }),
		canHide,
		changes,
		canChangeDates: canOnCycle(locals.actor, 'cycle.change_dates', { placeId: place.id }),
		canPause: canOnCycle(locals.actor, 'cycle.pause', { placeId: place.id }),
		// The learning review is linked once published, and always for the team that writes it.
		showLearning: Boolean(learning?.publishedAt) || canOnLearning(locals.actor, 'learning.write', { placeId: place.id }),
		// Residents see the conversation once opened; the team that may open one sees where to.
		conversation: conversation ? ('open' as const) : canOnConversation(locals.actor, 'conversation.run', { placeId: place.id }) ? ('team' as const) : null
	};
};

export const actions = {
	post: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnPost, 'post.create', { placeId: place.id });
		// Multipart: the optional photo. Only the text fields are ever sent back to refill the form.
		const form = await readFormWithFiles(event);
		if (!form.ok) return failForm(413, { photo: 'photo_upload_too_large' }, { params: { megabytes: PHOTO_MAX_MEGABYTES }, form: 'post' });
		const { values, files } = form;
		const parsed = postForm.extend(photoAltForm.shape).safeParse(values);
		const now = new Date();
		const photo = await readPhotoUpload({ db, now }, actor, { file: files.photo, altText: parsed.data?.photoAlt ?? values.photoAlt?.trim() ?? '' });
		// A browser cannot refill a file field: when anything is refused, the photo must be chosen again.
		const refuse = (status: number, errors: Record<string, string>, params: Record<string, number> = {}) =>
			failForm(status, files.photo && !errors.photo ? { ...errors, photo: 'photo_choose_again' } : errors, { values, params: { megabytes: PHOTO_MAX_MEGABYTES, ...params }, form: 'post' });
		if (!parsed.success || !photo.ok) {
			return refuse(400, { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...(photo.ok ? {} : photo.errors) }, photo.ok ? {} : photo.params);
		}
		const result = await postWithPhoto({ db, now }, actor, { cycle, kind: parsed.data.kind, body: parsed.data.body, locationText: parsed.data.locationText, upload: photo.upload });
		if (!result.ok && result.error === 'photos_off') return refuse(400, { photo: 'photo_not_allowed' });
		if (!result.ok) {
			const params: Record<string, number> = result.error === 'rate_limited' ? minutesToWait(result.retryAfterSeconds) : {};
			return refuse(result.error === 'rate_limited' ? 429 : 400, { body: result.error }, params);
		}
		return { posted: parsed.data.kind };
	},
	support: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnPost, 'post.support', { placeId: place.id });
		const parsed = supportForm.safeParse(await readForm(event));
		if (!parsed.success) return failForm(400, { post: 'post_unknown' }, { form: 'support' });
		const result = await supportPost({ db, now: new Date() }, actor, { cycle, postId: parsed.data.postId });
		if (!result.ok) return failForm(400, { post: result.error }, { form: 'support' });
		redirect(303, localizeHref(`/places/${place.slug}/cycles/${cycle.slug}#post-${parsed.data.postId}`));
	},
	flag: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnPost, 'post.flag', { placeId: place.id });
		const parsed = supportForm.safeParse(await readForm(event));
		if (!parsed.success) return failForm(400, { post: 'post_unknown' }, { form: 'flag' });
		const result = await flagPost({ db }, actor, { placeId: place.id, cycleId: cycle.id, postId: parsed.data.postId });
		if (!result.ok) return failForm(400, { post: result.error }, { form: 'flag' });
		return { reported: true };
	},
	hide: async (event) => {
		const db = await getDatabase();
		const { place } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnPost, 'post.hide', { placeId: place.id });
		const parsed = await parseForm(event, hidePostForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'hide' });
		const { values } = parsed;
		const result = await hidePost({ db, mailer: await getMailer(), now: new Date() }, actor, {
			placeId: place.id,
			postId: parsed.data.postId,
			reason: parsed.data.reason,
			locale: getLocale()
		});
		if (!result.ok) return failForm(400, { post: result.error }, { values, form: 'hide' });
		return { hidden: true };
	}
} satisfies Actions;
