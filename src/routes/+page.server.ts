import { getDatabase } from '$lib/server/platform/db';
import { listPlaceOverviews } from '$lib/server/places/place-overview';
import { loadCallsToAction } from '$lib/server/places/calls-to-action';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const now = new Date();
	const db = await getDatabase();
	const listed = await listPlaceOverviews(db, now);
	// Each place's open calls (vote, say what matters, send an idea): the home page's buttons.
	const overviews = await Promise.all(listed.map(async (overview) => ({ ...overview, calls: overview.current ? await loadCallsToAction(db, overview.current, now) : [] })));
	return { overviews, now };
};
