import { and, eq } from 'drizzle-orm';
import { REASON_MAX_LENGTH } from '../../cycles/date-change-rules';
import type { CycleStatus } from '../../cycles/phase-kinds';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { cycleChanges, cycles } from './cycles.table';

type Deps = { db: Database; now: Date };
type CycleRef = { id: string; placeId: string };

export type StatusChange = 'pause' | 'resume' | 'cancel';

export type ChangeCycleStatusResult =
	| { ok: true; status: CycleStatus }
	| { ok: false; error: 'reason_required' | 'reason_too_long' }
	/** The cycle is not in a state this change applies to (already paused, cancelled, finished …). */
	| { ok: false; error: 'status_conflict'; status: CycleStatus | null };

/** From which statuses each change may be made, and what it leads to. Cancelling is final. */
const transitions: Record<StatusChange, { from: readonly CycleStatus[]; to: CycleStatus; record: 'paused' | 'resumed' | 'cancelled' }> = {
	pause: { from: ['active'], to: 'paused', record: 'paused' },
	resume: { from: ['paused'], to: 'active', record: 'resumed' },
	cancel: { from: ['active', 'paused'], to: 'cancelled', record: 'cancelled' }
};

/**
 * Pauses, resumes or cancels a cycle. Residents are owed a reason for a pause or a cancellation,
 * shown on the cycle's page; the dates stay as they were (the gates close everything while the
 * cycle is not active). The status, the public record and the audit event are one transaction,
 * with the cycle locked so two clicks cannot both pass the check.
 */
export async function changeCycleStatus(
	{ db, now }: Deps,
	input: { cycle: CycleRef; change: StatusChange; reason: string; userId: string; actorLabel?: string }
): Promise<ChangeCycleStatusResult> {
	const reason = input.reason.trim();
	const transition = transitions[input.change];
	if (input.change !== 'resume' && !reason) return { ok: false, error: 'reason_required' };
	if (reason.length > REASON_MAX_LENGTH) return { ok: false, error: 'reason_too_long' };
	const { cycle } = input;
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({ status: cycles.status })
			.from(cycles)
			.where(and(eq(cycles.id, cycle.id), eq(cycles.placeId, cycle.placeId)))
			.for('update');
		if (!row || !transition.from.includes(row.status)) return { ok: false, error: 'status_conflict', status: row?.status ?? null } as const;
		await tx
			.update(cycles)
			.set({ status: transition.to, updatedAt: now })
			.where(and(eq(cycles.id, cycle.id), eq(cycles.placeId, cycle.placeId)));
		await tx.insert(cycleChanges).values({ placeId: cycle.placeId, cycleId: cycle.id, kind: transition.record, reason, madeByUserId: input.userId, createdAt: now });
		await recordAuditEvent(tx, {
			placeId: cycle.placeId,
			actorUserId: input.userId,
			actorLabel: input.actorLabel ?? null,
			action: `cycle.${transition.record}`,
			subjectType: 'cycle',
			subjectId: cycle.id,
			details: { before: row.status, after: transition.to, reason },
			occurredAt: now
		});
		return { ok: true, status: transition.to } as const;
	});
}
