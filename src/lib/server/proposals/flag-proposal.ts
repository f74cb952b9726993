import { and, eq, isNull } from 'drizzle-orm';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { proposalFlags, proposals } from './proposals.table';

/** A resident reports a proposal to the place's moderators: once per person; it hides nothing by itself. */
export async function flagProposal(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { placeId: string; cycleId: string; proposalId: string }
): Promise<{ ok: true } | { ok: false; error: 'proposal_unknown' }> {
	const [proposal] = await db
		.select({ id: proposals.id })
		.from(proposals)
		.where(and(eq(proposals.id, input.proposalId), eq(proposals.placeId, input.placeId), eq(proposals.cycleId, input.cycleId), isNull(proposals.hiddenAt)))
		.limit(1);
	if (!proposal) return { ok: false, error: 'proposal_unknown' };
	await db
		.insert(proposalFlags)
		.values({ placeId: input.placeId, proposalId: proposal.id, userId: actor.userId, createdAt: now })
		.onConflictDoNothing({ target: [proposalFlags.proposalId, proposalFlags.userId] });
	return { ok: true };
}
