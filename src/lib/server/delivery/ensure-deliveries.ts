import { and, eq, ne, notExists, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import { resultChanges } from '../decisions/decisions.table';
import { results } from '../results/results.table';
import { deliveries } from './delivery.table';

/**
 * The cost a funded proposal is delivered for: the newest "cost changed" the team recorded after
 * the vote (with its public reason), else the cost residents voted on (the reviewed cost, else the
 * author's estimate). `proposal` is the outer query's proposals row.
 */
const budgetOf = (proposalId: SQL, placeId: SQL) => sql<number>`coalesce(
	(select rc.amount_minor from ${resultChanges} rc
		where rc.proposal_id = ${proposalId} and rc.place_id = ${placeId} and rc.kind = 'cost_changed' and rc.amount_minor is not null
		order by rc.created_at desc, rc.id desc limit 1),
	(select coalesce(p.reviewed_cost_minor, p.estimated_cost_minor) from ${proposals} p where p.id = ${proposalId} and p.place_id = ${placeId})
)::bigint`.mapWith(Number);

/**
 * Makes sure every proposal a counted result of the cycle funded has its delivery: planned, with
 * its budget from `budgetOf`; and that every delivery's budget follows a cost change recorded
 * since (a second statement, which touches no row when none is out of date). Returns how many
 * deliveries it created.
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
			costMinor: budgetOf(sql`${proposals.id}`, sql`${proposals.placeId}`)
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
	await followCostChanges(db, cycle);
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

/** Moves each delivery's budget of the cycle to its proposal's newest recorded cost change, if it differs. */
async function followCostChanges(db: Database, cycle: { id: string; placeId: string }): Promise<void> {
	const newest = budgetOf(sql`${deliveries}.proposal_id`, sql`${deliveries}.place_id`);
	await db
		.update(deliveries)
		.set({ budgetMinor: sql`${newest}` })
		.where(
			and(
				eq(deliveries.placeId, cycle.placeId),
				eq(deliveries.cycleId, cycle.id),
				sql`exists (select 1 from ${resultChanges} rc where rc.proposal_id = ${deliveries}.proposal_id and rc.place_id = ${deliveries}.place_id and rc.kind = 'cost_changed' and rc.amount_minor is not null)`,
				ne(deliveries.budgetMinor, newest)
			)
		);
}
