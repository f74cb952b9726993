import { readLibraryFilters } from '$lib/library/library-filters';
import { loadLibraryPage } from '$lib/server/library/library-page';
import { listThemesInUse } from '$lib/server/library/themes.queries';
import { getDatabase } from '$lib/server/platform/db';
import type { PageServerLoad } from './$types';

/** The library: every funded project of every place, found by words, theme, cost band, status and place. Public. */
export const load: PageServerLoad = async ({ url }) => {
	const db = await getDatabase();
	const [page, themes] = await Promise.all([loadLibraryPage(db, readLibraryFilters(url.searchParams)), listThemesInUse(db)]);
	return { ...page, themes, theme: null };
};
