import { asc } from 'drizzle-orm';
import { LIBRARY_PAGE_SIZE, type LibraryFilters } from '../../library/library-filters';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { searchLibrary } from './library.queries';

/**
 * What a library page reads: one page of entries for the filters, and the places to choose from
 * (by their address, alphabetical: a list to pick from, never a comparison). Two queries whatever
 * the library's size.
 */
export async function loadLibraryPage(db: Database, filters: LibraryFilters) {
	const [page, placeOptions] = await Promise.all([
		searchLibrary(db, filters, LIBRARY_PAGE_SIZE),
		db.select({ slug: places.slug, name: places.name, languages: places.languages }).from(places).orderBy(asc(places.slug))
	]);
	return { ...page, placeOptions, filters };
}
