import { and, eq } from 'drizzle-orm';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { normalizeJoinCode } from './join-code';
import type { WorkshopStatus } from '../../workshops/workshop-kinds';
import { workshops } from './workshops.table';
import { isUuid } from '../../validation/fields';

/** What the room's pages need to find a workshop and link back to its public page. */
export interface RoomWorkshop {
	id: string;
	placeId: string;
	cycleId: string;
	joinCode: string;
	status: WorkshopStatus;
	title: string;
	venue: string;
	placeSlug: string;
	cycleSlug: string;
}

function selectRoomWorkshop(db: Database) {
	return db
		.select({
			id: workshops.id,
			placeId: workshops.placeId,
			cycleId: workshops.cycleId,
			joinCode: workshops.joinCode,
			status: workshops.status,
			title: workshops.title,
			venue: workshops.venue,
			placeSlug: places.slug,
			cycleSlug: cycles.slug
		})
		.from(workshops)
		.innerJoin(cycles, and(eq(cycles.id, workshops.cycleId), eq(cycles.placeId, workshops.placeId)))
		.innerJoin(places, eq(places.id, workshops.placeId));
}

/** The workshop a typed or scanned join code names (case, spaces and dashes do not matter), or null. */
export async function findWorkshopByJoinCode(db: Database, typed: string): Promise<RoomWorkshop | null> {
	const code = normalizeJoinCode(typed);
	if (!code || code.length > 20) return null;
	const [row] = await selectRoomWorkshop(db).where(eq(workshops.joinCode, code));
	return row ?? null;
}

/** A workshop by id, or null (also for anything that is not an id). */
export async function findWorkshopById(db: Database, workshopId: string): Promise<RoomWorkshop | null> {
	if (!isUuid(workshopId)) return null;
	const [row] = await selectRoomWorkshop(db).where(eq(workshops.id, workshopId));
	return row ?? null;
}
