import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import { anyoneHasVoted } from '../voting/vote-settings';
import { pots } from './budget.table';

type Deps = { db: Database; now: Date };
type CycleRef = { id: string; placeId: string };
export type PotAssignment = { proposalId: string; potId: string | null };
export type AssignPotsResult = { ok: true; moved: number } | { ok: false; error: 'proposal_unknown' | 'pot_unknown' | 'votes_cast' };

/** The proposals that go to the vote (feasible, not hidden), in number order, with their pot; one costing nothing stays off every ballot. */
export async function listFeasibleProposalPots(db: Database, cycle: CycleRef) {
	return db
		.select({ id: proposals.id, number: proposals.number, title: proposals.title, language: proposals.language, costMinor: proposals.reviewedCostMinor, estimatedCostMinor: proposals.estimatedCostMinor, potId: proposals.potId })
		.from(proposals)
		.where(and(eq(proposals.placeId, cycle.placeId), eq(proposals.cycleId, cycle.id), eq(proposals.status, 'feasible'), isNull(proposals.hiddenAt)))
		.orderBy(asc(proposals.number));
}

/**
 * Puts proposals on a pot's ballot (or on none). Every proposal and pot must be this cycle's, or
 * nothing is written. Refused once anyone has voted in the cycle: moving a proposal to another pot
 * then would change what ballots already cast were choosing between. Recorded with each move.
 */
export async function assignProposalPots({ db, now }: Deps, input: { cycle: CycleRef; assignments: PotAssignment[]; userId: string; actorLabel?: string }): Promise<AssignPotsResult> {
	const { cycle } = input;
	// One answer per proposal; a form cannot send two, and the last would win anyway.
	const wanted = new Map(input.assignments.map((a) => [a.proposalId, a.potId]));
	return db.transaction(async (tx) => {
		// The cycle row is the budget's lock (see change-budget.ts): a pot cannot be removed meanwhile.
		await tx.execute(sql`select 1 from ${cycles} where ${cycles.id} = ${cycle.id} and ${cycles.placeId} = ${cycle.placeId} for update`);
		const proposalIds = [...wanted.keys()];
		const potIds = [...new Set([...wanted.values()].filter((id): id is string => id !== null))];
		const [known, knownPots] = await Promise.all([
			proposalIds.length
				? tx.select({ id: proposals.id, potId: proposals.potId }).from(proposals).where(and(eq(proposals.placeId, cycle.placeId), eq(proposals.cycleId, cycle.id), inArray(proposals.id, proposalIds)))
				: [],
			potIds.length ? tx.select({ id: pots.id }).from(pots).where(and(eq(pots.placeId, cycle.placeId), eq(pots.cycleId, cycle.id), inArray(pots.id, potIds))) : []
		]);
		if (known.length !== proposalIds.length) return { ok: false, error: 'proposal_unknown' } as const;
		if (knownPots.length !== potIds.length) return { ok: false, error: 'pot_unknown' } as const;
		const moves = known.filter((p) => p.potId !== wanted.get(p.id)).map((p) => ({ proposalId: p.id, from: p.potId, to: wanted.get(p.id) ?? null }));
		if (moves.length === 0) return { ok: true, moved: 0 } as const;
		if (await anyoneHasVoted(tx, cycle)) return { ok: false, error: 'votes_cast' } as const;
		for (const potId of new Set(moves.map((move) => move.to))) {
			const ids = moves.filter((move) => move.to === potId).map((move) => move.proposalId);
			await tx.update(proposals).set({ potId }).where(and(eq(proposals.placeId, cycle.placeId), inArray(proposals.id, ids)));
		}
		await recordAuditEvent(tx, {
			placeId: cycle.placeId,
			actorUserId: input.userId,
			actorLabel: input.actorLabel ?? null,
			action: 'budget.proposal_pots_assigned',
			subjectType: 'cycle',
			subjectId: cycle.id,
			details: { cycleId: cycle.id, moves },
			occurredAt: now
		});
		return { ok: true, moved: moves.length } as const;
	});
}
