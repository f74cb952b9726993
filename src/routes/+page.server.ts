import { getDatabase } from '$lib/server/platform/db';
import { listPlaceOverviews } from '$lib/server/places/place-overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const now = new Date();
	const overviews = await listPlaceOverviews(await getDatabase(), now);
	return { overviews, now };
};
