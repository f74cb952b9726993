import { getDatabase } from '$lib/server/platform/db';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { countedResultOr404, fileName, loadReceiptHashes } from '$lib/server/results/open-data';
import type { RequestHandler } from './$types';

/** The counted pot's receipt hashes, sorted, one a line: how a voter checks the count has their ballot. */
export const GET: RequestHandler = async ({ params }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const { result } = await countedResultOr404(db, cycle, params.pot);
	const hashes = await loadReceiptHashes(db, cycle, result.potId);
	return new Response(hashes.map((hash) => `${hash}\n`).join(''), {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName(place, cycle, params.pot, 'receipts.txt')}"`,
			'cache-control': 'no-store'
		}
	});
};
