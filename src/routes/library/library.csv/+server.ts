import { libraryCsv } from '$lib/library/library-export';
import { getLocale } from '$lib/paraglide/runtime';
import { downloadHeaders } from '$lib/server/library/library-download';
import { listLibraryEntries } from '$lib/server/library/library.queries';
import { getDatabase } from '$lib/server/platform/db';
import type { RequestHandler } from './$types';

/** The whole library as CSV: one row per funded project. Public open data. */
export const GET: RequestHandler = async ({ url }) => {
	const entries = await listLibraryEntries(await getDatabase());
	return new Response(libraryCsv(entries, getLocale(), url.origin), { headers: downloadHeaders('text/csv; charset=utf-8', 'library.csv', new Date()) });
};
