import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { BallotItem } from '../../ballots/ballot-item';
import { sumPooledBudget } from '../../budget/pooled-budget';
import type { LocalizedText } from '../../localized-text';
import { contributions, pots } from '../budget/budget.table';
import type { Database } from '../db/database';
import { photos } from '../photos/photos.table';
import { proposals } from '../proposals/proposals.table';
import { participations } from './voting.table';
import { isUuid } from '../../validation/fields';

/** A pot as the vote shows it: its own ballot for its own money. */
export interface BallotPot {
	id: string;
	name: LocalizedText;
	description: LocalizedText;
	budgetMinor: number;
}

export interface BallotPaper {
	/** Every feasible, unhidden proposal on this ballot, at its reviewed cost (else the estimate). */
	items: BallotItem[];
	/** The money this ballot decides: the pot's, or the whole cycle's when it has no pots. */
	budgetMinor: number;
	/** The cycle's pots, in order; empty when the cycle votes once for all its money. */
	pots: BallotPot[];
	/** The pot this ballot is for; null for a cycle without pots, or when the pot asked for is not the cycle's. */
	pot: BallotPot | null;
}

/**
 * What a resident votes on: in a cycle without pots (potId null) every feasible proposal for all
 * the money; in a cycle with pots, the proposals the team assigned to that pot, for that pot's
 * money (ring-fenced plus allocated). Three queries whatever the size.
 */
export async function loadBallotPaper(db: Database, cycle: { id: string; placeId: string }, potId: string | null): Promise<BallotPaper> {
	// Whatever a URL or form sent as the pot: text that is no uuid finds nothing rather than
	// reaching Postgres as a malformed uuid.
	const potFilter = potId === null ? isNull(proposals.potId) : isUuid(potId) ? eq(proposals.potId, potId) : sql`false`;
	const [items, money, potRows] = await Promise.all([
		db
			.select({
				id: proposals.id,
				number: proposals.number,
				title: proposals.title,
				summary: proposals.summary,
				language: proposals.language,
				costMinor: sql<number>`coalesce(${proposals.reviewedCostMinor}, ${proposals.estimatedCostMinor})::bigint`.mapWith(Number),
				photoId: sql<string | null>`(select ${photos.id} from ${photos} where ${photos.proposalId} = ${proposals.id} and ${photos.placeId} = ${proposals.placeId} order by ${photos.createdAt}, ${photos.id} limit 1)`
			})
			.from(proposals)
			.where(and(eq(proposals.placeId, cycle.placeId), eq(proposals.cycleId, cycle.id), eq(proposals.status, 'feasible'), isNull(proposals.hiddenAt), potFilter))
			.orderBy(asc(proposals.number)),
		db
			.select({ amountMinor: contributions.amountMinor, potId: contributions.potId })
			.from(contributions)
			.where(and(eq(contributions.placeId, cycle.placeId), eq(contributions.cycleId, cycle.id))),
		db
			.select({ id: pots.id, name: pots.name, description: pots.description, allocatedMinor: pots.allocatedMinor })
			.from(pots)
			.where(and(eq(pots.placeId, cycle.placeId), eq(pots.cycleId, cycle.id)))
			.orderBy(asc(pots.position), asc(pots.createdAt))
	]);
	const sums = sumPooledBudget(money, potRows);
	const ballotPots: BallotPot[] = potRows.map((pot, index) => ({ id: pot.id, name: pot.name, description: pot.description, budgetMinor: sums.pots[index].totalMinor }));
	const pot = potId === null ? null : (ballotPots.find((p) => p.id === potId) ?? null);
	// A pot that is not this cycle's has no ballot here: nothing on it, no money.
	if (potId !== null && pot === null) return { items: [], budgetMinor: 0, pots: ballotPots, pot: null };
	return { items: items as BallotItem[], budgetMinor: pot ? pot.budgetMinor : sums.totalMinor, pots: ballotPots, pot };
}

/** Whether this voter key already voted in this pot (null: the cycle's single ballot). */
export async function hasVoted(db: Database, cycle: { id: string; placeId: string }, potId: string | null, voterKey: string): Promise<boolean> {
	const [row] = await db
		.select({ id: participations.id })
		.from(participations)
		.where(
			and(
				eq(participations.placeId, cycle.placeId),
				eq(participations.cycleId, cycle.id),
				potId === null ? isNull(participations.potId) : isUuid(potId) ? eq(participations.potId, potId) : sql`false`,
				eq(participations.voterKey, voterKey)
			)
		)
		.limit(1);
	return Boolean(row);
}

/** The pots this voter has already voted in (for a cycle with pots: which ballots are still to do). */
export async function potsVotedIn(db: Database, cycle: { id: string; placeId: string }, voterKey: string): Promise<Set<string | null>> {
	const rows = await db
		.select({ potId: participations.potId })
		.from(participations)
		.where(and(eq(participations.placeId, cycle.placeId), eq(participations.cycleId, cycle.id), eq(participations.voterKey, voterKey)));
	return new Set(rows.map((r) => r.potId));
}
