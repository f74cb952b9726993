import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { announceBoardChange } from './announce-change';
import { isUuid } from '../../validation/fields';
import { currentActivityFor, type RoomActor, type RoomResult } from './room-refusals';
import { workshopPollAnswers, workshopPollOptions } from './workshops.table';

/**
 * A participant's answer to the quick poll the room is on: one per participant per poll (the
 * unique key), replaced when they change their mind. The option must be one of this poll's.
 */
export async function answerPoll(db: Database, actor: RoomActor, activityId: string, optionId: string): Promise<RoomResult> {
	return db.transaction(async (tx) => {
		const current = await currentActivityFor(tx, actor, activityId, 'poll');
		if (!current.ok) return current;
		if (!isUuid(optionId)) return { ok: false, error: 'workshop_room_poll_option_unknown' };
		const { placeId } = actor.workshop;
		const [option] = await tx
			.select({ id: workshopPollOptions.id })
			.from(workshopPollOptions)
			.where(and(eq(workshopPollOptions.id, optionId), eq(workshopPollOptions.activityId, current.activity.id), eq(workshopPollOptions.placeId, placeId)));
		if (!option) return { ok: false, error: 'workshop_room_poll_option_unknown' };
		await tx
			.insert(workshopPollAnswers)
			.values({ placeId, activityId: current.activity.id, participantId: actor.participant.id, optionId: option.id })
			.onConflictDoUpdate({ target: [workshopPollAnswers.activityId, workshopPollAnswers.participantId], set: { optionId: option.id, updatedAt: sql`now()` } });
		await announceBoardChange(tx, actor.workshop.id, 'poll');
		return { ok: true };
	});
}

/** The option this participant chose in a poll, or null. */
export async function findMyPollAnswer(db: Database, participantId: string, activityId: string): Promise<string | null> {
	if (!isUuid(activityId)) return null;
	const [row] = await db
		.select({ optionId: workshopPollAnswers.optionId })
		.from(workshopPollAnswers)
		.where(and(eq(workshopPollAnswers.activityId, activityId), eq(workshopPollAnswers.participantId, participantId)));
	return row?.optionId ?? null;
}
