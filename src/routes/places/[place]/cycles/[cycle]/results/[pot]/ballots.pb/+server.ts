import { ballotsToElection } from '$lib/results/ballots-to-election';
import { getDatabase } from '$lib/server/platform/db';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { fileName, openDataOr404 } from '$lib/server/results/open-data';
import { writePabulib } from '$lib/tally';
import type { RequestHandler } from './$types';

/** The pot's anonymised ballots, shuffled, as a pabulib file that pabutools and our engine both read. */
export const GET: RequestHandler = async ({ params }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const { pot } = await openDataOr404(db, place, cycle, params.pot);
	return new Response(writePabulib(ballotsToElection(pot)), {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName(place, cycle, params.pot, 'pb')}"`,
			'cache-control': 'no-store'
		}
	});
};
