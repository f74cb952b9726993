import { error } from '@sveltejs/kit';
import type { Database } from '../platform/db/database';
import { findPlaceBySlug } from './places.queries';
import type { Place } from './places.table';

export async function placeOr404(db: Database, slug: string): Promise<Place> {
	const place = await findPlaceBySlug(db, slug);
	if (!place) error(404, { message: 'Place not found', code: 'place_not_found' });
	return place;
}
