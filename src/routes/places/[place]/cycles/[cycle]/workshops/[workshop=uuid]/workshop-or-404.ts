import { error } from '@sveltejs/kit';
import type { Database } from '$lib/server/platform/db/database';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { getDatabase } from '$lib/server/platform/db';
import { findCycleWorkshop } from '$lib/server/workshops/workshops.queries';

/** The place, cycle and workshop an address names; a workshop of another cycle (or none) is a 404. */
export async function workshopOr404(db: Database, params: { place: string; cycle: string; workshop: string }) {
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const workshop = await findCycleWorkshop(db, cycle, params.workshop);
	if (!workshop) error(404, { message: 'Workshop not found', code: 'workshop_not_found' });
	return { place, cycle, workshop };
}

/** What every run-console action starts from; the action itself still calls authorize(). */
export async function runTarget(event: { params: { place: string; cycle: string; workshop: string } }) {
	const db = await getDatabase();
	const { place, cycle, workshop } = await workshopOr404(db, event.params);
	return { db, deps: { db, now: new Date() }, place, cycle, workshop, ref: { id: workshop.id, placeId: workshop.placeId } };
}
