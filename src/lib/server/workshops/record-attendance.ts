import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { announceBoardChange } from './announce-change';
import type { AttendanceInput } from './workshop-setup-form';
import { lockWorkshop, type WorkshopRef } from './workshops.queries';
import { workshops } from './workshops.table';

export type AttendanceResult = { ok: true } | { ok: false; error: 'workshop_unknown' | 'workshop_not_started' | 'workshop_attendance_invalid' | 'workshop_attendance_bands_over_total' };

/** Postgres's code for a CHECK constraint that refused a row, wherever the driver puts it. */
function isCheckViolation(error: unknown): boolean {
	const codeOf = (e: unknown) => (typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined);
	return codeOf(error) === '23514' || codeOf((error as { cause?: unknown })?.cause) === '23514';
}

/**
 * How many came, counted by the team: a total and, if they counted, how many were under 25 and
 * over 65. Counts only, never names. The form checks the numbers; the table's checks are the
 * last word, and a refusal there comes back as a form error, not a crash. Recorded again freely
 * (a late count replaces the first), once the workshop has started.
 */
export async function recordAttendance({ db, now }: { db: Database; now: Date }, actor: Person, workshop: WorkshopRef, counts: AttendanceInput): Promise<AttendanceResult> {
	return db.transaction(async (tx) => {
		const state = await lockWorkshop(tx, workshop);
		if (!state) return { ok: false, error: 'workshop_unknown' };
		if (state.status === 'planned') return { ok: false, error: 'workshop_not_started' };
		try {
			// In a savepoint, so a refused row leaves the transaction usable for the answer.
			await tx.transaction(async (inner) => {
				await inner
					.update(workshops)
					.set({ attendanceTotal: counts.total, attendanceUnder25: counts.under25, attendanceOver65: counts.over65, updatedAt: now })
					.where(eq(workshops.id, workshop.id));
			});
		} catch (error) {
			if (!isCheckViolation(error)) throw error;
			return { ok: false, error: (counts.total ?? 0) < 0 || (counts.under25 ?? 0) < 0 || (counts.over65 ?? 0) < 0 ? 'workshop_attendance_invalid' : 'workshop_attendance_bands_over_total' };
		}
		await announceBoardChange(tx, workshop.id, 'attendance');
		await recordAuditEvent(tx, {
			placeId: workshop.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'workshop.attendance_recorded',
			subjectType: 'workshop',
			subjectId: workshop.id,
			details: { total: counts.total, under25: counts.under25, over65: counts.over65 },
			occurredAt: now
		});
		return { ok: true };
	});
}
