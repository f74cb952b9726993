import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { LocalizedText } from '../../localized-text';
import { pots } from '../budget/budget.table';
import type { Database } from '../db/database';
import { proposals } from '../proposals/proposals.table';
import { results, type Result } from './results.table';

export interface ResultProposal {
	id: string;
	number: number;
	title: string;
	language: string;
	costMinor: number;
}

export interface PotResults {
	potId: string | null;
	potName: LocalizedText | null;
	result: Result | null;
}

/**
 * What a results page shows: each pot (or the cycle's single vote) with its stored count, and the
 * proposals those counts name. Three queries, whatever the number of ballots: the count is read,
 * never redone.
 */
export async function loadCycleResults(db: Database, cycle: { id: string; placeId: string }) {
	const [potRows, resultRows, proposalRows] = await Promise.all([
		db
			.select({ id: pots.id, name: pots.name })
			.from(pots)
			.where(and(eq(pots.placeId, cycle.placeId), eq(pots.cycleId, cycle.id)))
			.orderBy(asc(pots.position), asc(pots.createdAt)),
		db.select().from(results).where(and(eq(results.placeId, cycle.placeId), eq(results.cycleId, cycle.id))),
		db
			.select({
				id: proposals.id,
				number: proposals.number,
				title: proposals.title,
				language: proposals.language,
				costMinor: sql<number>`coalesce(${proposals.reviewedCostMinor}, ${proposals.estimatedCostMinor})::bigint`.mapWith(Number)
			})
			.from(proposals)
			.where(and(eq(proposals.placeId, cycle.placeId), eq(proposals.cycleId, cycle.id), eq(proposals.status, 'feasible'), isNull(proposals.hiddenAt)))
			.orderBy(asc(proposals.number))
	]);
	const resultOf = (potId: string | null) => resultRows.find((r) => r.potId === potId) ?? null;
	const potResults: PotResults[] =
		potRows.length === 0
			? [{ potId: null, potName: null, result: resultOf(null) }]
			: potRows.map((pot) => ({ potId: pot.id, potName: pot.name, result: resultOf(pot.id) }));
	return { pots: potResults, proposals: proposalRows as ResultProposal[] };
}

/** The stored count of one pot (null: the cycle's single vote), or null before it is counted. */
export async function findPotResult(db: Database, cycle: { id: string; placeId: string }, potId: string | null): Promise<Result | null> {
	const [row] = await db
		.select()
		.from(results)
		.where(and(eq(results.placeId, cycle.placeId), eq(results.cycleId, cycle.id), potId === null ? isNull(results.potId) : eq(results.potId, potId)))
		.limit(1);
	return row ?? null;
}
