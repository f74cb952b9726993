import { getDatabase } from '$lib/server/platform/db';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { loadYouSaidWeDid } from '$lib/server/publish-back/you-said-we-did.queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	return { place, cycles: await loadYouSaidWeDid(db, place, new Date()) };
};
