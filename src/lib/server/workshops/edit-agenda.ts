import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import type { AgendaDirection } from '../../workshops/workshop-kinds';
import { announceBoardChange } from './announce-change';
import type { ActivityInput } from './workshop-setup-form';
import { lockWorkshop, type WorkshopRef } from './workshops.queries';
import { workshopActivities, workshopPollOptions } from './workshops.table';

export type AgendaRefusal = 'workshop_unknown' | 'workshop_ended' | 'workshop_activity_unknown' | 'workshop_activity_reached' | 'workshop_activity_cannot_move';
export type AgendaResult = { ok: true } | { ok: false; error: AgendaRefusal };
type Deps = { db: Database; now: Date };

/** Writes one agenda item (and a poll's options) at a position. The caller holds the workshop's lock. */
export async function insertActivity(tx: Database, workshop: WorkshopRef, position: number, input: ActivityInput): Promise<string> {
	const [activity] = await tx
		.insert(workshopActivities)
		.values({ placeId: workshop.placeId, workshopId: workshop.id, position, kind: input.kind, prompt: input.prompt, dotsPerPerson: input.dotsPerPerson, dotTarget: input.dotTarget })
		.returning({ id: workshopActivities.id });
	if (input.pollOptions.length > 0) {
		await tx.insert(workshopPollOptions).values(input.pollOptions.map((label, i) => ({ placeId: workshop.placeId, activityId: activity.id, position: i + 1, label })));
	}
	return activity.id;
}

/**
 * Runs one agenda change under the workshop's lock, with its audit row and the board told. The
 * room's past is fixed: nothing changes once it ended, and an activity the room has reached (the
 * current one, or earlier) is neither removed nor moved.
 */
async function changeAgenda(
	{ db, now }: Deps,
	actor: Person,
	workshop: WorkshopRef,
	action: string,
	change: (tx: Database, reached: (position: number) => boolean) => Promise<AgendaResult & { details?: Record<string, string | number> }>
): Promise<AgendaResult> {
	return db.transaction(async (tx) => {
		const state = await lockWorkshop(tx, workshop);
		if (!state) return { ok: false, error: 'workshop_unknown' };
		if (state.status === 'ended') return { ok: false, error: 'workshop_ended' };
		const reached = (position: number) => state.status === 'live' && state.currentPosition !== null && position <= state.currentPosition;
		const result = await change(tx, reached);
		if (!result.ok) return result;
		await announceBoardChange(tx, workshop.id, 'agenda');
		await recordAuditEvent(tx, { placeId: workshop.placeId, actorUserId: actor.userId, actorLabel: actor.email, action, subjectType: 'workshop', subjectId: workshop.id, details: result.details ?? {}, occurredAt: now });
		return { ok: true };
	});
}

/** Adds an activity at the end of the agenda (before or while the room is running). */
export function addActivity(deps: Deps, actor: Person, workshop: WorkshopRef, input: ActivityInput) {
	return changeAgenda(deps, actor, workshop, 'workshop.activity_added', async (tx) => {
		const [{ last }] = await tx.select({ last: sql<number>`coalesce(max(${workshopActivities.position}), 0)::int` }).from(workshopActivities).where(eq(workshopActivities.workshopId, workshop.id));
		await insertActivity(tx, workshop, last + 1, input);
		return { ok: true, details: { kind: input.kind, prompt: input.prompt, position: last + 1 } };
	});
}

async function findActivity(tx: Database, workshop: WorkshopRef, activityId: string) {
	const [row] = await tx.select().from(workshopActivities).where(and(eq(workshopActivities.id, activityId), eq(workshopActivities.workshopId, workshop.id), eq(workshopActivities.placeId, workshop.placeId)));
	return row ?? null;
}

/** Takes an activity the room has not reached off the agenda; the ones after it close the gap. */
export function removeActivity(deps: Deps, actor: Person, workshop: WorkshopRef, activityId: string) {
	return changeAgenda(deps, actor, workshop, 'workshop.activity_removed', async (tx, reached) => {
		const activity = await findActivity(tx, workshop, activityId);
		if (!activity) return { ok: false, error: 'workshop_activity_unknown' };
		if (reached(activity.position)) return { ok: false, error: 'workshop_activity_reached' };
		await tx.delete(workshopActivities).where(eq(workshopActivities.id, activity.id));
		// In two steps through negative numbers: positions are unique at every row, not only at the end.
		const later = and(eq(workshopActivities.workshopId, workshop.id), gt(workshopActivities.position, activity.position));
		await tx.update(workshopActivities).set({ position: sql`-${workshopActivities.position}` }).where(later);
		await tx
			.update(workshopActivities)
			.set({ position: sql`-${workshopActivities.position} - 1` })
			.where(and(eq(workshopActivities.workshopId, workshop.id), lt(workshopActivities.position, 0)));
		return { ok: true, details: { kind: activity.kind, prompt: activity.prompt, position: activity.position } };
	});
}

/** Swaps an activity with its neighbour, earlier or later; both must be still to come. */
export function moveActivity(deps: Deps, actor: Person, workshop: WorkshopRef, activityId: string, direction: AgendaDirection) {
	return changeAgenda(deps, actor, workshop, 'workshop.activity_moved', async (tx, reached) => {
		const activity = await findActivity(tx, workshop, activityId);
		if (!activity) return { ok: false, error: 'workshop_activity_unknown' };
		if (reached(activity.position)) return { ok: false, error: 'workshop_activity_reached' };
		const agenda = await tx.select().from(workshopActivities).where(eq(workshopActivities.workshopId, workshop.id)).orderBy(asc(workshopActivities.position));
		const index = agenda.findIndex((a) => a.id === activity.id);
		const neighbour = agenda[direction === 'earlier' ? index - 1 : index + 1];
		if (!neighbour || reached(neighbour.position)) return { ok: false, error: 'workshop_activity_cannot_move' };
		await tx.update(workshopActivities).set({ position: -1 }).where(eq(workshopActivities.id, activity.id));
		await tx.update(workshopActivities).set({ position: activity.position }).where(eq(workshopActivities.id, neighbour.id));
		await tx.update(workshopActivities).set({ position: neighbour.position }).where(eq(workshopActivities.id, activity.id));
		return { ok: true, details: { prompt: activity.prompt, from: activity.position, to: neighbour.position } };
	});
}
