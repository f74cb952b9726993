import { and, asc, eq } from 'drizzle-orm';
import { planDateChange, type DateChangeProblem, type PhaseDateChange } from '../../cycles/date-change-rules';
import type { PhaseDates } from '../../cycles/phase-schedule';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { results } from '../results/results.table';
import { cycleChanges, cycles, phases } from './cycles.table';

type Deps = { db: Database; now: Date };
type CycleRef = { id: string; placeId: string };

export type ChangeCycleDatesResult =
	| { ok: true; changes: PhaseDateChange[] }
	/** Cancelled or finished: its dates are history now. */
	| { ok: false; error: 'cycle_closed' }
	| { ok: false; error: 'invalid'; problems: DateChangeProblem[] };

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * Changes the dates of a running (or paused) cycle as its team asked, under the rules residents can
 * trust (src/lib/cycles/date-change-rules.ts). In one transaction: the cycle and its phases are
 * locked, so two teams saving at once are applied one after the other and the second is checked
 * against what the first saved; each changed phase gets a public cycle_changes row with its reason,
 * and the whole change one audit event.
 */
export async function changeCycleDates(
	{ db, now }: Deps,
	input: { cycle: CycleRef; proposed: PhaseDates[]; shown?: PhaseDates[]; reason: string; userId: string; actorLabel?: string }
): Promise<ChangeCycleDatesResult> {
	const { cycle } = input;
	const reason = input.reason.trim();
	return db.transaction(async (tx) => {
		const [locked] = await tx
			.select({ status: cycles.status })
			.from(cycles)
			.where(and(eq(cycles.id, cycle.id), eq(cycles.placeId, cycle.placeId)))
			.for('update');
		if (!locked || (locked.status !== 'active' && locked.status !== 'paused')) return { ok: false, error: 'cycle_closed' } as const;
		const stored = await tx
			.select({ id: phases.id, kind: phases.kind, opensAt: phases.opensAt, closesAt: phases.closesAt })
			.from(phases)
			.where(and(eq(phases.placeId, cycle.placeId), eq(phases.cycleId, cycle.id)))
			.orderBy(asc(phases.position))
			.for('update');
		const [counted] = await tx
			.select({ id: results.id })
			.from(results)
			.where(and(eq(results.placeId, cycle.placeId), eq(results.cycleId, cycle.id)))
			.limit(1);
		const plan = planDateChange({ current: stored, proposed: input.proposed, shown: input.shown, reason, voteCounted: Boolean(counted), now });
		if (!plan.ok) return { ok: false, error: 'invalid', problems: plan.problems } as const;

		for (const change of plan.changes) {
			const phase = stored.find((p) => p.kind === change.kind)!;
			await tx.update(phases).set({ opensAt: change.after.opensAt, closesAt: change.after.closesAt, updatedAt: now }).where(and(eq(phases.id, phase.id), eq(phases.placeId, cycle.placeId)));
		}
		await tx.insert(cycleChanges).values(
			plan.changes.map((change) => ({
				placeId: cycle.placeId,
				cycleId: cycle.id,
				kind: change.change,
				phaseKind: change.kind,
				before: { opensAt: iso(change.before.opensAt), closesAt: iso(change.before.closesAt) },
				after: { opensAt: iso(change.after.opensAt), closesAt: iso(change.after.closesAt) },
				reason,
				madeByUserId: input.userId,
				createdAt: now
			}))
		);
		await recordAuditEvent(tx, {
			placeId: cycle.placeId,
			actorUserId: input.userId,
			actorLabel: input.actorLabel ?? null,
			action: 'cycle.dates_changed',
			subjectType: 'cycle',
			subjectId: cycle.id,
			details: {
				reason,
				changes: plan.changes.map((c) => ({ phase: c.kind, kind: c.change, before: { opensAt: iso(c.before.opensAt), closesAt: iso(c.before.closesAt) }, after: { opensAt: iso(c.after.opensAt), closesAt: iso(c.after.closesAt) } }))
			},
			occurredAt: now
		});
		return { ok: true, changes: plan.changes } as const;
	});
}
