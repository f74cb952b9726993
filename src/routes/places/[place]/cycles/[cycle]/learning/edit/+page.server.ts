import { redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { LEARNING_PART_MAX, learningReviewForm } from '$lib/server/learning/learning-form';
import { findLearningReview } from '$lib/server/learning/learning.queries';
import { canOnLearning } from '$lib/server/learning/learning.permissions';
import { saveLearningReview } from '$lib/server/learning/save-learning-review';
import { fieldErrors } from '$lib/validation/fields';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnLearning, 'learning.write', { placeId: place.id });
	return { place, cycle, review: await findLearningReview(db, cycle) };
};

/** Saves (or publishes) what was typed; a refusal comes back to the form with everything kept. */
async function save(event: RequestEvent<{ place: string; cycle: string }>, place: { id: string; slug: string; languages: string[] }, cycle: { id: string; placeId: string; slug: string }, intent: 'save' | 'publish', actor: Parameters<typeof saveLearningReview>[1]) {
	const db = await getDatabase();
	const values = await readForm(event);
	const parsed = learningReviewForm(place.languages).safeParse(values);
	if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { values, params: { max: LEARNING_PART_MAX } });
	const result = await saveLearningReview({ db, now: new Date() }, actor, cycle, parsed.data, intent);
	if (!result.ok) return failForm(400, result.missing, { values });
	redirect(303, localizeHref(`/places/${place.slug}/cycles/${cycle.slug}/learning?done=${result.state}`));
}

export const actions = {
	save: async (event) => {
		const { place, cycle } = await placeAndCycleOr404(await getDatabase(), event.params);
		const actor = authorize(event.locals.actor, canOnLearning, 'learning.write', { placeId: place.id });
		return save(event, place, cycle, 'save', actor);
	},
	publish: async (event) => {
		const { place, cycle } = await placeAndCycleOr404(await getDatabase(), event.params);
		const actor = authorize(event.locals.actor, canOnLearning, 'learning.write', { placeId: place.id });
		return save(event, place, cycle, 'publish', actor);
	}
} satisfies Actions;
