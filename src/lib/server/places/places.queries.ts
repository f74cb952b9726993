import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { places, type Place } from './places.table';

/** All places taking part, alphabetically by slug (stable across languages). */
export function listPlaces(db: Database): Promise<Place[]> {
	return db.select().from(places).orderBy(asc(places.slug));
}

/** The place with this slug, or null. */
export async function findPlaceBySlug(db: Database, slug: string): Promise<Place | null> {
	const [place] = await db.select().from(places).where(eq(places.slug, slug)).limit(1);
	return place ?? null;
}

export async function countPlaces(db: Database): Promise<number> {
	const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(places);
	return row?.count ?? 0;
}

export function listPlacesByIds(db: Database, ids: string[]): Promise<Place[]> {
	if (ids.length === 0) return Promise.resolve([]);
	return db.select().from(places).where(inArray(places.id, ids)).orderBy(asc(places.slug));
}
