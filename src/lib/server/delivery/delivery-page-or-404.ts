import { error } from '@sveltejs/kit';
import type { Database } from '../platform/db/database';
import { placeAndCycleOr404 } from '../cycles/cycle-or-404';
import { findDeliveryByNumber } from './delivery.queries';

/**
 * The delivery a page's URL names (by its proposal's number in the cycle), with its place and
 * cycle; else a 404. Its place is the URL's place, so every change made through it stays there.
 */
export async function deliveryPageOr404(db: Database, params: { place: string; cycle: string; number: string }) {
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const number = /^\d{1,9}$/.test(params.number) ? Number(params.number) : null;
	const found = number === null ? null : await findDeliveryByNumber(db, cycle, number);
	if (!found) error(404, { message: 'Project not found', code: 'delivery_not_found' });
	return { place, cycle, ...found, target: { placeId: place.id, deliveryId: found.delivery.id } };
}
