import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { isUuid } from '../../validation/fields';
import type { WorkshopActivityKind } from '../../workshops/workshop-kinds';
import { workshopActivities, workshops, type WorkshopActivity } from './workshops.table';

/** Why the room refused something a participant sent, as codes the page turns into words. */
export type RoomRefusal =
	| 'workshop_room_not_joined'
	| 'workshop_room_not_live'
	| 'workshop_room_moved_on'
	| 'workshop_room_dots_used_up'
	| 'workshop_room_dot_none_here'
	| 'workshop_room_dot_target_unknown'
	| 'workshop_room_poll_option_unknown';

export type RoomResult<T = object> = ({ ok: true } & T) | { ok: false; error: RoomRefusal };

/** A participant acting in a workshop, as readParticipant gave them. */
export interface RoomActor {
	participant: { id: string; workshopId: string; placeId: string };
	workshop: { id: string; placeId: string };
}

/**
 * Inside a participant's transaction: the activity they acted in, if the workshop is live and the
 * room is on it now. Shares the workshop row (the team's "next" and "end" take it FOR UPDATE), so
 * a dot or an answer is never written to an activity the room has already left.
 */
export async function currentActivityFor(
	tx: Database,
	{ participant, workshop }: RoomActor,
	activityId: string,
	kind: WorkshopActivityKind
): Promise<{ ok: true; activity: WorkshopActivity } | { ok: false; error: RoomRefusal }> {
	if (participant.workshopId !== workshop.id || participant.placeId !== workshop.placeId) return { ok: false, error: 'workshop_room_not_joined' };
	if (!isUuid(activityId)) return { ok: false, error: 'workshop_room_moved_on' };
	const [row] = rowsOf<{ status: string; current_position: number | null }>(
		await tx.execute(sql`select status, current_position from ${workshops} where ${workshops.id} = ${workshop.id} and ${workshops.placeId} = ${workshop.placeId} for share`)
	);
	if (row?.status !== 'live') return { ok: false, error: 'workshop_room_not_live' };
	const [activity] = await tx
		.select()
		.from(workshopActivities)
		.where(and(eq(workshopActivities.id, activityId), eq(workshopActivities.workshopId, workshop.id), eq(workshopActivities.placeId, workshop.placeId)));
	if (!activity || activity.kind !== kind || activity.position !== row.current_position) return { ok: false, error: 'workshop_room_moved_on' };
	return { ok: true, activity };
}
