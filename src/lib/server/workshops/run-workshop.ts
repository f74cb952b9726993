import { asc, eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { announceBoardChange } from './announce-change';
import { lockWorkshop, type WorkshopRef } from './workshops.queries';
import type { WorkshopStatus } from '../../workshops/workshop-kinds';
import { workshopActivities, workshops } from './workshops.table';

export type RunRefusal = 'workshop_unknown' | 'workshop_not_planned' | 'workshop_not_live' | 'workshop_agenda_empty' | 'workshop_no_next_activity' | 'workshop_no_previous_activity';
export type RunResult = { ok: true; position: number | null } | { ok: false; error: RunRefusal };
type Deps = { db: Database; now: Date };
type Step = 'start' | 'next' | 'previous' | 'end';

const needs: Record<Step, { from: WorkshopStatus; refusal: RunRefusal }> = {
	start: { from: 'planned', refusal: 'workshop_not_planned' },
	next: { from: 'live', refusal: 'workshop_not_live' },
	previous: { from: 'live', refusal: 'workshop_not_live' },
	end: { from: 'live', refusal: 'workshop_not_live' }
};

/**
 * Moves the room along: start (planned → live, on the first activity), next or previous activity,
 * end (live → ended, and no more ideas: addIdea waits on the same row lock and then sees 'ended').
 * One step at a time per workshop, under its row lock, so two laptops clicking "next" at once move
 * the room two steps in order, never to the same place twice from a stale position.
 */
export async function stepWorkshop({ db, now }: Deps, actor: Person, workshop: WorkshopRef, step: Step): Promise<RunResult> {
	return db.transaction(async (tx) => {
		const state = await lockWorkshop(tx, workshop);
		if (!state) return { ok: false, error: 'workshop_unknown' };
		if (state.status !== needs[step].from) return { ok: false, error: needs[step].refusal };
		const positions = (await tx.select({ position: workshopActivities.position }).from(workshopActivities).where(eq(workshopActivities.workshopId, workshop.id)).orderBy(asc(workshopActivities.position))).map((a) => a.position);
		const current = state.currentPosition ?? 0;
		let status: WorkshopStatus = state.status;
		let position = state.currentPosition;
		if (step === 'start') {
			if (positions.length === 0) return { ok: false, error: 'workshop_agenda_empty' };
			[status, position] = ['live', positions[0]];
		} else if (step === 'next') {
			position = positions.find((p) => p > current) ?? null;
			if (position === null) return { ok: false, error: 'workshop_no_next_activity' };
		} else if (step === 'previous') {
			position = positions.filter((p) => p < current).at(-1) ?? null;
			if (position === null) return { ok: false, error: 'workshop_no_previous_activity' };
		} else {
			status = 'ended';
		}
		await tx.update(workshops).set({ status, currentPosition: position, updatedAt: now }).where(eq(workshops.id, workshop.id));
		await announceBoardChange(tx, workshop.id, step === 'next' || step === 'previous' ? 'activity' : 'status');
		await recordAuditEvent(tx, {
			placeId: workshop.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: `workshop.${step === 'start' ? 'started' : step === 'end' ? 'ended' : 'moved_on'}`,
			subjectType: 'workshop',
			subjectId: workshop.id,
			details: { position },
			occurredAt: now
		});
		return { ok: true, position };
	});
}
