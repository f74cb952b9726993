import { pickText } from '$lib/localized-text';
import { getDatabase } from '$lib/server/platform/db';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { listAllSpends } from '$lib/server/small-sums/small-sums.queries';
import { spendsCsv } from '$lib/small-sums/spends-csv';
import { minorUnitDigits } from '$lib/money/minor-units';
import type { RequestHandler } from './$types';

/** Every line of the place's small sums, public, in the columns councils publish card spending in. */
export const GET: RequestHandler = async ({ params }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	const csv = spendsCsv(await listAllSpends(db, place.id), pickText(place.name, 'en', place.languages), minorUnitDigits(place.currency));
	return new Response(csv, {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${place.slug}-small-sums.csv"` }
	});
};
