import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/platform/db';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { canReadLearningReview, findLearningReview } from '$lib/server/learning/learning.queries';
import { canOnLearning } from '$lib/server/learning/learning.permissions';
import type { PageServerLoad } from './$types';

const DONE = new Set(['draft_saved', 'published', 'edited', 'unchanged']);

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const review = await findLearningReview(db, cycle);
	const canWrite = canOnLearning(locals.actor, 'learning.write', { placeId: place.id });
	// A draft is the team's until they publish it: for anyone else it does not exist yet.
	if (!canReadLearningReview(review, canWrite)) error(404, { message: 'Learning review not found', code: 'learning_not_found' });
	const done = url.searchParams.get('done');
	return { place, cycle, review, canWrite, done: done && DONE.has(done) ? done : null };
};
