import type { Database } from '../platform/db/database';
import { places, type NewPlace, type Place } from '../places/places.table';

/**
 * A place for a test: its slug, and its name in English (the slug in capitals unless given); the
 * descriptions are blank and the rest is the schema's default (English, Europe/London, GBP).
 */
export async function insertPlace(db: Database, place: Partial<NewPlace> & { slug: string }): Promise<Place> {
	const [row] = await db
		.insert(places)
		.values({ name: { en: place.slug.toUpperCase() }, summary: {}, areaDescription: {}, teamDescription: {}, ...place })
		.returning();
	return row;
}
