import { splitCycles } from '../../cycles/current-cycle';
import { listPublishedCycles, type CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { findPlaceBySlug, listPlaces } from './places.queries';
import type { Place } from './places.table';

export interface PlaceOverview {
	place: Place;
	current: CycleWithPhases | null;
	upcoming: CycleWithPhases[];
	past: CycleWithPhases[];
}

/** A place with its current cycle and its past ones: everything its public page shows. Two queries + one. */
export async function loadPlaceOverview(db: Database, slug: string, now: Date): Promise<PlaceOverview | null> {
	const place = await findPlaceBySlug(db, slug);
	if (!place) return null;
	const cycles = await listPublishedCycles(db, [place.id]);
	return { place, ...splitCycles(cycles, now) };
}

/** Every place with its current cycle, for the home page: three queries however many places there are. */
export async function listPlaceOverviews(db: Database, now: Date): Promise<PlaceOverview[]> {
	const all = await listPlaces(db);
	const cycles = await listPublishedCycles(db, all.map((p) => p.id));
	return all.map((place) => ({ place, ...splitCycles(cycles.filter((c) => c.placeId === place.id), now) }));
}
