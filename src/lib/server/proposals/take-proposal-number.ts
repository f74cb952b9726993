import { eq, sql } from 'drizzle-orm';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { proposals } from './proposals.table';

/**
 * The cycle's next proposal number ("proposal 12"), inside the transaction that inserts it. The
 * cycle row locked FOR NO KEY UPDATE queues every numbering of the cycle (a resident submitting, a
 * workshop landing), so two at once never take the same number; NO KEY UPDATE does not block others
 * adding rows that merely reference the cycle (posts, phases).
 */
export async function takeNextProposalNumber(tx: Database, cycle: { id: string; placeId: string }): Promise<number> {
	await tx.execute(sql`select 1 from ${cycles} where ${cycles.id} = ${cycle.id} and ${cycles.placeId} = ${cycle.placeId} for no key update`);
	const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${proposals.number}), 0)::int + 1` }).from(proposals).where(eq(proposals.cycleId, cycle.id));
	return next;
}
