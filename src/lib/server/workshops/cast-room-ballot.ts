import { and, eq, sql } from 'drizzle-orm';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { checkBallot, textFields, type FormFields, type OnlineBallotCheck } from '../voting/check-ballot';
import { submitBallot, type SubmitOutcome } from '../voting/submit-ballot';
import { announceBoardChange } from './announce-change';
import { currentActivityFor, type RoomActor } from './room-refusals';
import { workshopActivities, workshops } from './workshops.table';

type Deps = { db: Database; now: Date };
export type RoomBallotRefusal = { ok: false; status: 'workshop_room_moved_on' | 'workshop_room_not_live' | 'workshop_room_not_joined' };

/** Thrown inside the cast's transaction when the room left the vote meanwhile: the cast rolls back. */
class MovedOn extends Error {}

/**
 * The vote the room is on, if the phone's form names it: its pot is the only pot the phone votes
 * in (whatever the form says), so a phone cannot use the room to vote in another pot.
 */
async function roomVote(db: Database, actor: RoomActor, activityId: string, form: FormFields) {
	const found = await currentActivityFor(db, actor, activityId, 'vote');
	if (!found.ok) return { ok: false as const, status: found.error as RoomBallotRefusal['status'] };
	const fields: [string, string][] = [...textFields(form).filter(([name]) => name !== 'pot'), ['pot', found.activity.potId ?? '']];
	return { ok: true as const, activity: found.activity, fields };
}

/**
 * The review step on a phone in the room: the same check as every channel (checkBallot), with the
 * voter named by the letter code or register reference they typed (channel `workshop`).
 */
export async function reviewRoomBallot(deps: Deps, actor: RoomActor, cycle: CycleWithPhases, activityId: string, form: FormFields): Promise<OnlineBallotCheck | RoomBallotRefusal> {
	const vote = await roomVote(deps.db, actor, activityId, form);
	if (!vote.ok) return vote;
	return checkBallot(deps, { kind: 'room' }, cycle, vote.fields);
}

/**
 * Casts a ballot from a phone in the room through the one cast path (submitBallot: check, then the
 * participation and the anonymous ballot in one transaction, one voter per pot on every channel).
 * In that same transaction the room's count goes up by one — only while the room is still on this
 * vote (the workshop row is shared, so the team's "next" waits for it): a ballot sent as the team
 * moved on is not taken, and the phone is told the room has moved on.
 */
export async function castRoomBallot(deps: Deps, actor: RoomActor, cycle: CycleWithPhases, activityId: string, form: FormFields): Promise<SubmitOutcome | RoomBallotRefusal> {
	const vote = await roomVote(deps.db, actor, activityId, form);
	if (!vote.ok) return vote;
	const { activity } = vote;
	const countInRoom = async (tx: Database) => {
		const [room] = rowsOf<{ status: string; current_position: number | null }>(
			await tx.execute(sql`select status, current_position from ${workshops} where ${workshops.id} = ${activity.workshopId} and ${workshops.placeId} = ${activity.placeId} for share`)
		);
		if (room?.status !== 'live' || room.current_position !== activity.position) throw new MovedOn();
		await tx
			.update(workshopActivities)
			.set({ ballotsCast: sql`${workshopActivities.ballotsCast} + 1` })
			.where(and(eq(workshopActivities.id, activity.id), eq(workshopActivities.placeId, activity.placeId)));
		await announceBoardChange(tx, activity.workshopId, 'vote');
	};
	try {
		return await submitBallot(deps, { kind: 'room' }, cycle, vote.fields, countInRoom);
	} catch (error) {
		if (error instanceof MovedOn) return { ok: false, status: 'workshop_room_moved_on' };
		throw error;
	}
}
