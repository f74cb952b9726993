import { and, eq, max, sql } from 'drizzle-orm';
import { checkAllocations, sumPooledBudget } from '../../budget/pooled-budget';
import type { LocalizedText } from '../../localized-text';
import type { AuditJson } from '../audit/audit.table';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import { anyoneHasVoted } from '../voting/vote-settings';
import { contributions, pots } from './budget.table';

type Deps = { db: Database; now: Date };
type CycleRef = { id: string; placeId: string };
type ChangeRefusal = 'pot_unknown' | 'contribution_unknown' | 'pot_has_votes' | 'pot_has_contributions';
export type BudgetResult = { ok: true } | { ok: false; error: ChangeRefusal } | { ok: false; error: 'over_allocated'; overMinor: number };

/** Thrown inside the transaction to roll a refused change back; caught and returned as its result. */
class Refused extends Error {
	constructor(readonly result: BudgetResult) {
		super('refused');
	}
}

/**
 * Runs one budget change for a cycle: locks the cycle row so two team members changing the budget at
 * once are serialised, applies the change, refuses it (rolling back) if pots would then hold more
 * open money than funders gave, and records it on the place's audit trail — all in one transaction.
 */
async function changeBudget(
	{ db, now }: Deps,
	actor: Person,
	cycle: CycleRef,
	audit: { action: string; subjectType: string; details: Record<string, unknown> },
	change: (tx: Database) => Promise<{ subjectId: string; details?: Record<string, AuditJson> } | { ok: false; error: ChangeRefusal }>
): Promise<BudgetResult> {
	try {
		return await db.transaction(async (tx) => {
			await tx.execute(sql`select 1 from ${cycles} where ${cycles.id} = ${cycle.id} and ${cycles.placeId} = ${cycle.placeId} for update`);
			const changed = await change(tx);
			if ('ok' in changed) throw new Refused(changed);
			const [potRows, contributionRows] = await Promise.all([
				tx.select({ id: pots.id, allocatedMinor: pots.allocatedMinor }).from(pots).where(and(eq(pots.placeId, cycle.placeId), eq(pots.cycleId, cycle.id))),
				tx.select({ amountMinor: contributions.amountMinor, potId: contributions.potId }).from(contributions).where(and(eq(contributions.placeId, cycle.placeId), eq(contributions.cycleId, cycle.id)))
			]);
			const check = checkAllocations(sumPooledBudget(contributionRows, potRows));
			if (!check.ok) throw new Refused({ ok: false, error: 'over_allocated', overMinor: check.overMinor });
			await recordAuditEvent(tx, {
				placeId: cycle.placeId,
				actorUserId: actor.userId,
				actorLabel: actor.email,
				action: audit.action,
				subjectType: audit.subjectType,
				subjectId: changed.subjectId,
				details: { cycleId: cycle.id, ...audit.details, ...changed.details },
				occurredAt: now
			});
			return { ok: true } as const;
		});
	} catch (error) {
		if (error instanceof Refused) return error.result;
		throw error;
	}
}

/** Whether a pot belongs to this cycle (ring-fencing to another cycle's pot is refused). */
async function potInCycle(tx: Database, cycle: CycleRef, potId: string): Promise<boolean> {
	const [row] = await tx.select({ id: pots.id }).from(pots).where(and(eq(pots.id, potId), eq(pots.cycleId, cycle.id), eq(pots.placeId, cycle.placeId)));
	return Boolean(row);
}

export function addContribution(deps: Deps, actor: Person, cycle: CycleRef, input: { funderName: string; amountMinor: number; note: string | null; potId: string | null }) {
	return changeBudget(deps, actor, cycle, { action: 'budget.contribution_added', subjectType: 'contribution', details: input }, async (tx) => {
		if (input.potId && !(await potInCycle(tx, cycle, input.potId))) return { ok: false, error: 'pot_unknown' };
		const [row] = await tx
			.insert(contributions)
			.values({ placeId: cycle.placeId, cycleId: cycle.id, ...input, createdAt: deps.now, updatedAt: deps.now })
			.returning({ id: contributions.id });
		return { subjectId: row.id };
	});
}

/** Removing a contribution is refused when the pots were already given its money: move that first. */
export function removeContribution(deps: Deps, actor: Person, cycle: CycleRef, input: { contributionId: string }) {
	return changeBudget(deps, actor, cycle, { action: 'budget.contribution_removed', subjectType: 'contribution', details: {} }, async (tx) => {
		const [row] = await tx
			.delete(contributions)
			.where(and(eq(contributions.id, input.contributionId), eq(contributions.cycleId, cycle.id), eq(contributions.placeId, cycle.placeId)))
			.returning({ id: contributions.id, funderName: contributions.funderName, amountMinor: contributions.amountMinor });
		return row ? { subjectId: row.id } : { ok: false, error: 'contribution_unknown' };
	});
}

export function createPot(deps: Deps, actor: Person, cycle: CycleRef, input: { name: LocalizedText; description: LocalizedText; allocatedMinor: number }) {
	return changeBudget(deps, actor, cycle, { action: 'budget.pot_created', subjectType: 'pot', details: input }, async (tx) => {
		const [{ last }] = await tx.select({ last: max(pots.position) }).from(pots).where(and(eq(pots.cycleId, cycle.id), eq(pots.placeId, cycle.placeId)));
		const [row] = await tx
			.insert(pots)
			.values({ placeId: cycle.placeId, cycleId: cycle.id, ...input, position: (last ?? 0) + 1, createdAt: deps.now, updatedAt: deps.now })
			.returning({ id: pots.id });
		return { subjectId: row.id };
	});
}

export function allocateToPot(deps: Deps, actor: Person, cycle: CycleRef, input: { potId: string; allocatedMinor: number }) {
	return changeBudget(deps, actor, cycle, { action: 'budget.pot_allocated', subjectType: 'pot', details: { allocatedMinor: input.allocatedMinor } }, async (tx) => {
		const [row] = await tx
			.update(pots)
			.set({ allocatedMinor: input.allocatedMinor, updatedAt: deps.now })
			.where(and(eq(pots.id, input.potId), eq(pots.cycleId, cycle.id), eq(pots.placeId, cycle.placeId)))
			.returning({ id: pots.id });
		return row ? { subjectId: row.id } : { ok: false, error: 'pot_unknown' };
	});
}

/**
 * Removes a pot. Its proposals go back to "no pot" for the team to put on another pot's ballot: the
 * pot was the team's arrangement, not residents' words, so nothing residents wrote is lost, and the
 * record keeps which proposals were in it. Refused once anyone has voted in the cycle (ballots are
 * cast pot by pot; removing one would throw them away or move the choices they were made between),
 * and while money is ring-fenced to it (a funder gave that money for this pot: the team removes or
 * re-records the contribution first, on purpose). Its shared-out money goes back to the unshared.
 */
export function removePot(deps: Deps, actor: Person, cycle: CycleRef, input: { potId: string }) {
	return changeBudget(deps, actor, cycle, { action: 'budget.pot_removed', subjectType: 'pot', details: {} }, async (tx) => {
		if (!(await potInCycle(tx, cycle, input.potId))) return { ok: false, error: 'pot_unknown' };
		if (await anyoneHasVoted(tx, cycle)) return { ok: false, error: 'pot_has_votes' };
		const [fenced] = await tx.select({ id: contributions.id }).from(contributions).where(and(eq(contributions.placeId, cycle.placeId), eq(contributions.potId, input.potId))).limit(1);
		if (fenced) return { ok: false, error: 'pot_has_contributions' };
		const unassigned = await tx
			.update(proposals)
			.set({ potId: null })
			.where(and(eq(proposals.placeId, cycle.placeId), eq(proposals.cycleId, cycle.id), eq(proposals.potId, input.potId)))
			.returning({ id: proposals.id });
		const [row] = await tx
			.delete(pots)
			.where(and(eq(pots.id, input.potId), eq(pots.cycleId, cycle.id), eq(pots.placeId, cycle.placeId)))
			.returning({ id: pots.id, name: pots.name });
		return { subjectId: row.id, details: { name: row.name, unassignedProposals: unassigned.map((p) => p.id) } };
	});
}
