import { error } from '@sveltejs/kit';
import { readLibraryFilters } from '$lib/library/library-filters';
import { THEME_SLUG } from '$lib/library/themes';
import { loadLibraryPage } from '$lib/server/library/library-page';
import { findTheme, listThemesInUse } from '$lib/server/library/themes.queries';
import { getDatabase } from '$lib/server/platform/db';
import type { PageServerLoad } from './$types';

/** One theme's page of the library: every funded project any place tagged with it, with the same filters. */
export const load: PageServerLoad = async ({ params, url }) => {
	const db = await getDatabase();
	const theme = THEME_SLUG.test(params.theme) ? await findTheme(db, params.theme) : null;
	if (!theme) error(404, { message: 'Theme not found', code: 'theme_not_found' });
	const [page, themes] = await Promise.all([loadLibraryPage(db, { ...readLibraryFilters(url.searchParams), theme: theme.slug }), listThemesInUse(db)]);
	return { ...page, themes, theme };
};
