import { loadPhaseSettings } from '$lib/server/cycles/phase-settings';
import { getDatabase } from '$lib/server/platform/db';
import { listCycleDeliveries } from '$lib/server/delivery/delivery.queries';
import { ensureDeliveries } from '$lib/server/delivery/ensure-deliveries';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	// A count finishes on a worker thread that knows nothing of deliveries, so the first visit
	// after it makes them. It is one read when none is missing, and safe when two visits race
	// (one delivery per proposal, the insert skips the rest): no job or hook to forget.
	await ensureDeliveries({ db, now: new Date() }, cycle);
	const [deliveries, implement] = await Promise.all([listCycleDeliveries(db, cycle), loadPhaseSettings(db, cycle, 'implement')]);
	// The team's promise of how often each project gets news, when it made one.
	return { place, cycle, deliveries, updateEveryDays: implement?.updateEveryDays ?? null };
};
