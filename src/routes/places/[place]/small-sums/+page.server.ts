import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/platform/db';
import { todayIn } from '$lib/server/delivery/delivery-forms';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { canOnSmallSums } from '$lib/server/small-sums/small-sums.permissions';
import { currentPot, listPots, listSpends, SPENDS_PER_PAGE } from '$lib/server/small-sums/small-sums.queries';
import type { PageServerLoad } from './$types';

/** Public: the pot, what is left and every line, newest first, a page at a time. */
export const load: PageServerLoad = async ({ params, url, locals }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	const pageText = url.searchParams.get('page') ?? '1';
	const page = /^[1-9]\d{0,5}$/.test(pageText) ? Number(pageText) : 0;
	if (page === 0) error(404, { message: 'Page not found', code: 'page_not_found' });
	const [pots, { spends, total }] = await Promise.all([listPots(db, place.id), listSpends(db, place.id, page)]);
	const pages = Math.max(1, Math.ceil(total / SPENDS_PER_PAGE));
	if (page > pages) error(404, { message: 'Page not found', code: 'page_not_found' });
	const subject = { placeId: place.id };
	return {
		place,
		pot: currentPot(pots, todayIn(new Date(), place.timeZone)),
		spends,
		total,
		page,
		pages,
		done: url.searchParams.get('done'),
		canSpend: canOnSmallSums(locals.actor, 'small_sums.spend', subject),
		canSeeSettings: canOnSmallSums(locals.actor, 'small_sums.view_settings', subject)
	};
};
