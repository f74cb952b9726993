import { contributions } from '../budget/budget.table';
import { cycles, phases } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';

/** When the vote of a cycle made by insertVotingCycle is open, and a moment after it has closed. */
export const VOTE_OPENS = new Date('2026-06-01T00:00:00Z');
export const VOTE_CLOSES = new Date('2026-07-01T00:00:00Z');

/**
 * A published cycle whose vote (its test phase) is open through June 2026, with the given vote
 * settings and one funder's money: what the voting and counting tests start from. Proposals and pots
 * are the test's own.
 */
export async function insertVotingCycle(db: Database, placeId: string, input: { slug: string; settings: Record<string, unknown>; moneyMinor: number; title?: string }) {
	const [cycle] = await db.insert(cycles).values({ placeId, slug: input.slug, title: { en: input.title ?? input.slug }, challenge: {}, status: 'active' }).returning();
	await db.insert(phases).values({ placeId, cycleId: cycle.id, kind: 'test', position: 1, opensAt: VOTE_OPENS, closesAt: VOTE_CLOSES, settings: input.settings });
	await db.insert(contributions).values({ placeId, cycleId: cycle.id, funderName: 'Co-op', amountMinor: input.moneyMinor });
	return cycle;
}
