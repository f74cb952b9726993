import { and, eq, isNull } from 'drizzle-orm';
import { checkCoCreateGate, type CoCreateRefusal } from '../../cycles/co-create-gate';
import type { Person } from '../auth/actor';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { proposals, proposalVersions } from './proposals.table';
import { isPublishedChallenge, pickText, type ProposalText } from './submit-proposal';

export type EditResult =
	| { ok: true; version: number }
	| { ok: false; error: CoCreateRefusal; maxProposalCostMinor: number | null }
	| { ok: false; error: 'proposal_unknown' | 'review_started' | 'challenge_unknown' }
	/** Someone else saved first: the caller shows the newer version and keeps what this editor typed. */
	| { ok: false; error: 'edited_meanwhile'; currentVersion: number };

/**
 * An editor (author, accepted co-author, the group's admins — the route checked which) changes a
 * proposal while co-create is open and before the team starts its review. The edit names the
 * version it started from; if someone saved since, it is refused rather than silently overwriting
 * their words. Every edit is kept as a new version with who made it.
 */
export async function editProposal(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: ProposalText & { cycle: CycleWithPhases; proposalId: string; baseVersion: number; language?: string }
): Promise<EditResult> {
	const { cycle } = input;
	const [current] = await db
		.select({ groupId: proposals.groupId })
		.from(proposals)
		.where(and(eq(proposals.id, input.proposalId), eq(proposals.placeId, cycle.placeId), eq(proposals.cycleId, cycle.id)))
		.limit(1);
	if (!current) return { ok: false, error: 'proposal_unknown' };
	const gate = checkCoCreateGate(cycle, { action: 'edit', asGroup: current.groupId !== null, estimatedCostMinor: input.estimatedCostMinor }, now);
	if (!gate.open) return { ok: false, error: gate.reason, maxProposalCostMinor: gate.maxProposalCostMinor };
	if (input.challengeId && !(await isPublishedChallenge(db, cycle, input.challengeId))) return { ok: false, error: 'challenge_unknown' };

	return db.transaction(async (tx): Promise<EditResult> => {
		// The row lock orders concurrent edits; each then sees the version the one before it left.
		const [locked] = await tx
			.select({ id: proposals.id, version: proposals.version, status: proposals.status })
			.from(proposals)
			.where(and(eq(proposals.id, input.proposalId), eq(proposals.placeId, cycle.placeId), isNull(proposals.hiddenAt)))
			.for('update');
		if (!locked) return { ok: false, error: 'proposal_unknown' };
		if (locked.status !== 'submitted') return { ok: false, error: 'review_started' };
		if (locked.version !== input.baseVersion) return { ok: false, error: 'edited_meanwhile', currentVersion: locked.version };
		const text = pickText(input);
		const version = locked.version + 1;
		await tx
			.update(proposals)
			.set({ ...text, ...(input.language ? { language: input.language } : {}), version, updatedAt: now })
			.where(and(eq(proposals.id, locked.id), eq(proposals.version, locked.version)));
		await tx.insert(proposalVersions).values({ ...text, placeId: cycle.placeId, proposalId: locked.id, version, editedByUserId: actor.userId, createdAt: now });
		return { ok: true, version };
	});
}

