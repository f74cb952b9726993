import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { BallotItem } from '../../ballots/ballot-item';
import { contributions, pots } from '../budget/budget.table';
import type { Database } from '../db/database';
import { photos } from '../photos/photos.table';
import { proposals } from '../proposals/proposals.table';
import { participations } from './voting.table';

/**
 * What a resident votes on in a cycle without pots: every feasible proposal that is not hidden, at
 * its reviewed cost (the team's figure, else the estimate), and the money in the pot. Three queries.
 * Cycles split into pots vote pot by pot once proposals can be assigned to a pot (not yet built):
 * `pots` tells the page so.
 */
export async function loadBallotPaper(db: Database, cycle: { id: string; placeId: string }) {
	const [items, [money], [potCount]] = await Promise.all([
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
			.where(and(eq(proposals.placeId, cycle.placeId), eq(proposals.cycleId, cycle.id), eq(proposals.status, 'feasible'), isNull(proposals.hiddenAt)))
			.orderBy(asc(proposals.number)),
		db
			.select({ total: sql<number>`coalesce(sum(${contributions.amountMinor}), 0)::bigint`.mapWith(Number) })
			.from(contributions)
			.where(and(eq(contributions.placeId, cycle.placeId), eq(contributions.cycleId, cycle.id))),
		db
			.select({ count: sql<number>`count(*)::int` })
			.from(pots)
			.where(and(eq(pots.placeId, cycle.placeId), eq(pots.cycleId, cycle.id)))
	]);
	return { items: items as BallotItem[], budgetMinor: money.total, pots: potCount.count };
}

/** Whether this voter key already voted in the cycle's single ballot (pot null). */
export async function hasVoted(db: Database, cycle: { id: string; placeId: string }, voterKey: string): Promise<boolean> {
	const [row] = await db
		.select({ id: participations.id })
		.from(participations)
		.where(and(eq(participations.placeId, cycle.placeId), eq(participations.cycleId, cycle.id), isNull(participations.potId), eq(participations.voterKey, voterKey)))
		.limit(1);
	return Boolean(row);
}
