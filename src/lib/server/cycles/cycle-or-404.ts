import { error } from '@sveltejs/kit';
import { findPublishedCycle } from './cycles.queries';
import type { Database } from '../platform/db/database';
import { placeOr404 } from '../places/place-or-404';

/** A published cycle of a place, from the URL's place and cycle slugs; anything else is a 404. */
export async function placeAndCycleOr404(db: Database, params: { place: string; cycle: string }) {
	const place = await placeOr404(db, params.place);
	const cycle = await findPublishedCycle(db, place.id, params.cycle);
	if (!cycle) error(404, { message: 'Cycle not found', code: 'cycle_not_found' });
	return { place, cycle };
}
