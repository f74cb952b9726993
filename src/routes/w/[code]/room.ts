import { error, type RequestEvent } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/platform/db';
import { findWorkshopByJoinCode } from '$lib/server/workshops/find-workshop';
import { readParticipant } from '$lib/server/workshops/participant';
import type { RoomActor } from '$lib/server/workshops/room-refusals';
import { countLookUpOr429 } from '../look-up-workshop';

/**
 * The workshop a /w/<code> address names and who this browser joined it as. Everyone who has not
 * proved they joined counts a look-up against their address first (so an unknown code and a known
 * one cost the same, and a guesser over the limit learns nothing); joined phones reload freely.
 */
export async function openRoom(event: RequestEvent<{ code: string }>) {
	const db = await getDatabase();
	const workshop = await findWorkshopByJoinCode(db, event.params.code);
	const participant = workshop ? await readParticipant(db, event.cookies, workshop) : null;
	if (!participant) await countLookUpOr429(db, event);
	if (!workshop) error(404, { message: 'Workshop not found', code: 'workshop_not_found' });
	const actor: RoomActor | null = participant ? { participant, workshop: { id: workshop.id, placeId: workshop.placeId } } : null;
	return { db, workshop, participant, actor };
}

/** The workshop's public page, where its results stay after the room has gone home. */
export function publicWorkshopPath(workshop: { id: string; placeSlug: string; cycleSlug: string }): string {
	return `/places/${workshop.placeSlug}/cycles/${workshop.cycleSlug}/workshops/${workshop.id}`;
}
