import { error } from '@sveltejs/kit';
import { loadDeliveryDetails } from '$lib/server/delivery/delivery.queries';
import { findLibraryEntry } from '$lib/server/library/library.queries';
import { getDatabase } from '$lib/server/platform/db';
import type { PageServerLoad } from './$types';

/** A library entry's own page, at an address that never changes: place, cycle, proposal number. Public. */
export const load: PageServerLoad = async ({ params }) => {
	const db = await getDatabase();
	const number = /^\d{1,9}$/.test(params.number) ? Number(params.number) : null;
	const entry = number === null ? null : await findLibraryEntry(db, { placeSlug: params.place, cycleSlug: params.cycle, number });
	if (!entry) error(404, { message: 'Library entry not found', code: 'library_entry_not_found' });
	const { spending, outcomes } = await loadDeliveryDetails(db, { placeId: entry.placeId, deliveryId: entry.deliveryId });
	const { placeId: _placeId, ...shown } = entry;
	return { entry: shown, spending, outcomes };
};
