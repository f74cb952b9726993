import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { PUBLIC_CYCLE_STATUSES } from '../../cycles/phase-kinds';
import type { Database } from '../platform/db/database';
import { cycles, phases, type Cycle, type Phase } from './cycles.table';

export type CycleWithPhases = Cycle & { phases: Phase[] };

/** Published cycles (not drafts) of the given places, newest first, each with its phases in order. */
export async function listPublishedCycles(db: Database, placeIds: string[]): Promise<CycleWithPhases[]> {
	if (placeIds.length === 0) return [];
	const rows = await db
		.select()
		.from(cycles)
		.where(and(inArray(cycles.placeId, placeIds), inArray(cycles.status, [...PUBLIC_CYCLE_STATUSES])))
		.orderBy(desc(cycles.createdAt), desc(cycles.slug));
	return attachPhases(db, rows);
}

/** A published cycle of a place by its slug, with its phases, or null. */
export async function findPublishedCycle(db: Database, placeId: string, slug: string): Promise<CycleWithPhases | null> {
	const [row] = await db
		.select()
		.from(cycles)
		.where(and(eq(cycles.placeId, placeId), eq(cycles.slug, slug), inArray(cycles.status, [...PUBLIC_CYCLE_STATUSES])))
		.limit(1);
	if (!row) return null;
	const [withPhases] = await attachPhases(db, [row]);
	return withPhases;
}

/** One query for every cycle's phases, so a page costs the same however many cycles it lists. */
async function attachPhases(db: Database, rows: Cycle[]): Promise<CycleWithPhases[]> {
	if (rows.length === 0) return [];
	const all = await db
		.select()
		.from(phases)
		.where(
			and(
				inArray(phases.placeId, [...new Set(rows.map((c) => c.placeId))]),
				inArray(phases.cycleId, rows.map((c) => c.id))
			)
		)
		.orderBy(asc(phases.position));
	return rows.map((cycle) => ({
		...cycle,
		phases: all.filter((p) => p.cycleId === cycle.id && p.placeId === cycle.placeId)
	}));
}

/** Every cycle of a place (drafts too: they are the team's), newest first: what a new cycle may copy. */
export async function listCyclesToCopy(db: Database, placeId: string): Promise<{ id: string; title: Cycle['title'] }[]> {
	return db
		.select({ id: cycles.id, title: cycles.title })
		.from(cycles)
		.where(eq(cycles.placeId, placeId))
		.orderBy(desc(cycles.createdAt), desc(cycles.slug));
}

/** One of a place's cycles by id, whatever its status, with its phases; null when the place has no such cycle. */
export async function findPlaceCycle(db: Database, placeId: string, cycleId: string): Promise<CycleWithPhases | null> {
	const [row] = await db
		.select()
		.from(cycles)
		.where(and(eq(cycles.placeId, placeId), eq(cycles.id, cycleId)))
		.limit(1);
	if (!row) return null;
	const [withPhases] = await attachPhases(db, [row]);
	return withPhases;
}

/** Which of these addresses a place's cycles already use. */
export async function listTakenCycleSlugs(db: Database, placeId: string, slugs: string[]): Promise<Set<string>> {
	if (slugs.length === 0) return new Set();
	const rows = await db
		.select({ slug: cycles.slug })
		.from(cycles)
		.where(and(eq(cycles.placeId, placeId), inArray(cycles.slug, slugs)));
	return new Set(rows.map((row) => row.slug));
}
