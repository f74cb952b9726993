import { libraryRecord } from '$lib/library/library-export';
import { getLocale } from '$lib/paraglide/runtime';
import { downloadHeaders } from '$lib/server/library/library-download';
import { listLibraryEntries } from '$lib/server/library/library.queries';
import { getDatabase } from '$lib/server/platform/db';
import type { RequestHandler } from './$types';

/** The whole library as JSON: one record per funded project, money as exact decimals with its currency. */
export const GET: RequestHandler = async ({ url }) => {
	const now = new Date();
	const entries = await listLibraryEntries(await getDatabase());
	const body = { generatedAt: now.toISOString(), projects: entries.map((entry) => libraryRecord(entry, getLocale(), url.origin)) };
	return new Response(JSON.stringify(body, null, '\t'), { headers: downloadHeaders('application/json; charset=utf-8', 'library.json', now) });
};
