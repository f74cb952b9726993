import { and, eq, isNotNull } from 'drizzle-orm';
import { checkCoCreateGate, type CoCreateRefusal } from '../../cycles/co-create-gate';
import type { Person } from '../auth/actor';
import { challenges } from '../challenges/challenges.table';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import { takeNextProposalNumber } from './take-proposal-number';
import type { Database } from '../platform/db/database';
import { findGroupMembership } from '../groups/groups.queries';
import { consumeRateLimit } from '../platform/rate-limit/consume-rate-limit';
import { proposals, proposalVersions } from './proposals.table';

/** Per person, across places: a keen group writes a handful in an evening; nobody needs more. */
const PROPOSALS_PER_HOUR = { limit: 10, windowSeconds: 60 * 60 };

/** What residents write in a proposal (the same on submitting and editing). */
export interface ProposalText {
	title: string;
	summary: string;
	details: string;
	estimatedCostMinor: number;
	locationText: string | null;
	challengeId: string | null;
}

export type SubmitResult =
	| { ok: true; proposalId: string; number: number }
	| { ok: false; error: CoCreateRefusal; maxProposalCostMinor: number | null }
	| { ok: false; error: 'not_group_admin' | 'challenge_unknown' }
	| { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

/**
 * A resident submits a proposal in the co-create phase, as themselves or as a community group they
 * are an admin of. It gets the next number in the cycle ("proposal 12"), and its first version is
 * kept, in one transaction.
 */
export async function submitProposal(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: ProposalText & { cycle: CycleWithPhases; groupId: string | null; language: string }
): Promise<SubmitResult> {
	const { cycle } = input;
	const gate = checkCoCreateGate(cycle, { action: 'submit', asGroup: input.groupId !== null, estimatedCostMinor: input.estimatedCostMinor }, now);
	if (!gate.open) return { ok: false, error: gate.reason, maxProposalCostMinor: gate.maxProposalCostMinor };
	if (input.groupId) {
		// The route checked this too (canOnProposal); the domain does not trust a form's group id.
		const membership = await findGroupMembership(db, input.groupId, actor.userId);
		if (membership?.role !== 'admin') return { ok: false, error: 'not_group_admin' };
	}
	if (input.challengeId && !(await isPublishedChallenge(db, cycle, input.challengeId))) return { ok: false, error: 'challenge_unknown' };
	const limit = await consumeRateLimit(db, { key: `proposal:user:${actor.userId}`, ...PROPOSALS_PER_HOUR }, now);
	if (!limit.allowed) return { ok: false, error: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };

	return db.transaction(async (tx) => {
		const next = await takeNextProposalNumber(tx, cycle);
		const text = pickText(input);
		const [proposal] = await tx
			.insert(proposals)
			.values({
				...text,
				placeId: cycle.placeId,
				cycleId: cycle.id,
				number: next,
				language: input.language,
				authorUserId: actor.userId,
				groupId: input.groupId,
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: proposals.id, number: proposals.number });
		await tx.insert(proposalVersions).values({ ...text, placeId: cycle.placeId, proposalId: proposal.id, version: 1, editedByUserId: actor.userId, createdAt: now });
		return { ok: true as const, proposalId: proposal.id, number: proposal.number };
	});
}

/** Just the fields residents write, as stored on a proposal and on each of its versions. */
export function pickText(input: ProposalText): ProposalText {
	const { title, summary, details, estimatedCostMinor, locationText, challengeId } = input;
	return { title, summary, details, estimatedCostMinor, locationText, challengeId };
}

/** A proposal may answer only a challenge the team has published in the same cycle. */
export async function isPublishedChallenge(db: Database, cycle: { id: string; placeId: string }, challengeId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: challenges.id })
		.from(challenges)
		.where(and(eq(challenges.id, challengeId), eq(challenges.placeId, cycle.placeId), eq(challenges.cycleId, cycle.id), isNotNull(challenges.publishedAt)))
		.limit(1);
	return Boolean(row);
}
