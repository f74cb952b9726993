import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { ResultChangeKind } from '../../results/result-kinds';
import { alias } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../localized-text';
import { pots } from '../budget/budget.table';
import type { Database } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import { decisionStatements, resultChanges } from '../decisions/decisions.table';
import { paperEntries } from '../voting/voting.table';
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
	/** Paper ballots that are not in the count: entered once and never checked, or set aside by the team. */
	papersNotCounted: { awaitingCheck: number; discarded: number };
}

/**
 * What a results page shows: each pot (or the cycle's single vote) with its stored count, the paper
 * ballots left out of it, and the proposals those counts name. Four queries, whatever the number of
 * ballots: the count is read, never redone.
 */
export async function loadCycleResults(db: Database, cycle: { id: string; placeId: string }) {
	const [potRows, resultRows, proposalRows, paperRows] = await Promise.all([
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
			.orderBy(asc(proposals.number)),
		db
			.select({ potId: paperEntries.potId, state: paperEntries.state, count: sql<number>`count(*)::int` })
			.from(paperEntries)
			.where(and(eq(paperEntries.placeId, cycle.placeId), eq(paperEntries.cycleId, cycle.id), ne(paperEntries.state, 'counted')))
			.groupBy(paperEntries.potId, paperEntries.state)
	]);
	const resultOf = (potId: string | null) => resultRows.find((r) => r.potId === potId) ?? null;
	const papersOf = (potId: string | null) => {
		const count = (state: string) => paperRows.find((r) => r.potId === potId && r.state === state)?.count ?? 0;
		return { awaitingCheck: count('awaiting_check'), discarded: count('discarded') };
	};
	const potResults: PotResults[] =
		potRows.length === 0
			? [{ potId: null, potName: null, result: resultOf(null), papersNotCounted: papersOf(null) }]
			: potRows.map((pot) => ({ potId: pot.id, potName: pot.name, result: resultOf(pot.id), papersNotCounted: papersOf(pot.id) }));
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

export interface ResultStatement {
	id: string;
	resultId: string;
	body: string;
	language: string;
	createdAt: Date;
}

export interface ResultChangeLine {
	id: string;
	resultId: string;
	kind: ResultChangeKind;
	proposal: { title: string; language: string } | null;
	toProposal: { title: string; language: string } | null;
	amountMinor: number | null;
	reason: string;
	createdAt: Date;
}

/**
 * The team's decision statements (every version, newest first) and the changes recorded after the
 * vote (oldest first, as they happened) for every count of a cycle: two queries, whatever the number
 * of pots. Changes carry the titles of the proposals they name, hidden or not, so no line goes blank.
 */
export async function loadResultDecisions(db: Database, cycle: { id: string; placeId: string }) {
	const ofCycle = (table: typeof decisionStatements | typeof resultChanges) =>
		and(eq(results.id, table.resultId), eq(results.placeId, table.placeId), eq(results.cycleId, cycle.id));
	const toProposals = alias(proposals, 'to_proposals');
	const [statements, changes] = await Promise.all([
		db
			.select({ id: decisionStatements.id, resultId: decisionStatements.resultId, body: decisionStatements.body, language: decisionStatements.language, createdAt: decisionStatements.createdAt })
			.from(decisionStatements)
			.innerJoin(results, ofCycle(decisionStatements))
			.where(eq(decisionStatements.placeId, cycle.placeId))
			.orderBy(desc(decisionStatements.createdAt), desc(decisionStatements.id)),
		db
			.select({
				id: resultChanges.id,
				resultId: resultChanges.resultId,
				kind: resultChanges.kind,
				proposalTitle: proposals.title,
				proposalLanguage: proposals.language,
				toTitle: toProposals.title,
				toLanguage: toProposals.language,
				amountMinor: resultChanges.amountMinor,
				reason: resultChanges.reason,
				createdAt: resultChanges.createdAt
			})
			.from(resultChanges)
			.innerJoin(results, ofCycle(resultChanges))
			.leftJoin(proposals, and(eq(proposals.id, resultChanges.proposalId), eq(proposals.placeId, resultChanges.placeId)))
			.leftJoin(toProposals, and(eq(toProposals.id, resultChanges.toProposalId), eq(toProposals.placeId, resultChanges.placeId)))
			.where(eq(resultChanges.placeId, cycle.placeId))
			.orderBy(asc(resultChanges.createdAt), asc(resultChanges.id))
	]);
	return {
		statements: statements as ResultStatement[],
		changes: changes.map(({ proposalTitle, proposalLanguage, toTitle, toLanguage, ...change }): ResultChangeLine => ({
			...change,
			proposal: proposalTitle === null ? null : { title: proposalTitle, language: proposalLanguage ?? 'en' },
			toProposal: toTitle === null ? null : { title: toTitle, language: toLanguage ?? 'en' }
		}))
	};
}
