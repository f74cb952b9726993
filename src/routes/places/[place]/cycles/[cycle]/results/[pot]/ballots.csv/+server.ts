import { ballotsCsv } from '$lib/results/ballots-csv';
import { getDatabase } from '$lib/server/platform/db';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { fileName, openDataOr404 } from '$lib/server/results/open-data';
import type { RequestHandler } from './$types';

/** The pot's anonymised ballots, shuffled, one row per choice. */
export const GET: RequestHandler = async ({ params }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const { pot } = await openDataOr404(db, place, cycle, params.pot);
	return new Response(ballotsCsv(pot), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName(place, cycle, params.pot, 'csv')}"`,
			'cache-control': 'no-store'
		}
	});
};
