import { DELIVERY_STATUSES, type DeliveryStatus } from '../delivery/delivery-statuses';
import { findCostBand, type CostBand } from './cost-bands';
import { THEME_SLUG } from './themes';

/** How many entries one library page shows. */
export const LIBRARY_PAGE_SIZE = 20;

/**
 * What a visitor can narrow the library by. Deliberately no sort: the library has one order (newest
 * funded first) and never ranks projects or places by turnout, money, speed or any score.
 */
export interface LibraryFilters {
	words: string;
	theme: string | null;
	band: CostBand | null;
	status: DeliveryStatus | null;
	place: string | null;
	page: number;
}

const PLACE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The filters from a GET form's query string. Anything unknown (a made-up status, a `sort=` a
 * visitor typed) is ignored rather than refused: a search address should never be an error page.
 */
export function readLibraryFilters(params: URLSearchParams): LibraryFilters {
	const text = (name: string) => (params.get(name) ?? '').trim();
	const status = text('status');
	const theme = text('theme');
	const place = text('place');
	const page = Number(text('page'));
	return {
		words: text('q').slice(0, 200),
		theme: THEME_SLUG.test(theme) && theme.length <= 40 ? theme : null,
		band: findCostBand(text('band'))?.slug ?? null,
		status: (DELIVERY_STATUSES as readonly string[]).includes(status) ? (status as DeliveryStatus) : null,
		place: PLACE_SLUG.test(place) && place.length <= 80 ? place : null,
		page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1
	};
}

/** The query string for these filters on another page (empty values left out), for links. */
export function libraryQuery(filters: LibraryFilters, page: number): string {
	const params = new URLSearchParams();
	if (filters.words) params.set('q', filters.words);
	if (filters.theme) params.set('theme', filters.theme);
	if (filters.band) params.set('band', filters.band);
	if (filters.status) params.set('status', filters.status);
	if (filters.place) params.set('place', filters.place);
	if (page > 1) params.set('page', String(page));
	const query = params.toString();
	return query ? `?${query}` : '';
}
