import { error } from '@sveltejs/kit';
import { findPublishedCycle } from '$lib/server/cycles/cycles.queries';
import { getDatabase } from '$lib/server/db';
import { findPlaceBySlug } from '$lib/server/places/places.queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDatabase();
	const place = await findPlaceBySlug(db, params.place);
	if (!place) error(404, { message: 'Place not found', code: 'place_not_found' });
	const cycle = await findPublishedCycle(db, place.id, params.cycle);
	if (!cycle) error(404, { message: 'Cycle not found', code: 'cycle_not_found' });
	return { place, cycle, now: new Date() };
};
