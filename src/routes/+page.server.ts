import { getDatabase } from '$lib/server/db';
import { listPlaceOverviews } from '$lib/server/places/place-overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const overviews = await listPlaceOverviews(await getDatabase());
	return { overviews, now: new Date() };
};
