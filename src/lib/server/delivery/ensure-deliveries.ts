import { and, eq, notExists, sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { proposals } from '../proposals/proposals.table';
import { results } from '../results/results.table';
import { deliveries } from './delivery.table';

/**
 * Makes sure every proposal a counted result of the cycle funded has its delivery: planned, with
 * the cost residents voted on as its budget (the reviewed cost, else the author's estimate).
 * Returns how many it created.
 *
 * Cheap when nothing is missing: one read. Safe to run twice at once: the insert skips a proposal
 * that already has one (a unique key per proposal), so two visitors racing make one delivery.
 * Only proposals of this place and cycle can match: the result and the proposal are both filtered
 * by them.
 */
export async function ensureDeliveries({ db, now }: { db: Database; now: Date }, cycle: { id: string; placeId: string }): Promise<number> {
	const fundedHere = sql`${proposals.id} in (
		select (jsonb_array_elements_text(${results.selected}))::uuid from ${results}
		where ${results.placeId} = ${cycle.placeId} and ${results.cycleId} = ${cycle.id} and ${results.state} = 'counted'
	)`;
	const missing = await db
		.select({
			proposalId: proposals.id,
			costMinor: sql<number>`coalesce(${proposals.reviewedCostMinor}, ${proposals.estimatedCostMinor})::bigint`.mapWith(Number)
		})
		.from(proposals)
		.where(
			and(
				eq(proposals.placeId, cycle.placeId),
				eq(proposals.cycleId, cycle.id),
				fundedHere,
				notExists(db.select({ one: sql`1` }).from(deliveries).where(eq(deliveries.proposalId, proposals.id)))
			)
		)
		.orderBy(proposals.number);
	if (missing.length === 0) return 0;
	const created = await db
		.insert(deliveries)
		.values(
			missing.map((row) => ({
				placeId: cycle.placeId,
				cycleId: cycle.id,
				proposalId: row.proposalId,
				budgetMinor: row.costMinor,
				createdAt: now,
				updatedAt: now
			}))
		)
		.onConflictDoNothing({ target: deliveries.proposalId })
		.returning({ id: deliveries.id });
	return created.length;
}
