/**
 * What the pabulib checker (github.com/pabulib/checker) asks of a file's META beyond the engine's
 * needs: its keys in the format's order, dates as DD.MM.YYYY, a country, and notes as "#1: …".
 * Pure: no database, no routes.
 */
import { placeDayAndTime } from '../place-time';

/** The format's META order (the checker warns when keys come in another); keys we never write are left out. */
const META_ORDER = [
	'description',
	'country',
	'unit',
	'subunit',
	'instance',
	'num_projects',
	'num_votes',
	'budget',
	'vote_type',
	'rule',
	'date_begin',
	'date_end',
	'min_length',
	'max_length',
	'min_points',
	'max_points',
	'min_sum_points',
	'max_sum_points',
	'language',
	'currency',
	'comment'
];

/** META entries in the format's order; a key the order does not know keeps its place at the end. */
export function inMetaOrder(entries: [string, string][]): [string, string][] {
	const rank = (key: string) => (META_ORDER.includes(key) ? META_ORDER.indexOf(key) : META_ORDER.length);
	return [...entries].sort((a, b) => rank(a[0]) - rank(b[0]));
}

/**
 * A vote's day as pabulib writes it (DD.MM.YYYY), on the place's clock. A vote closes at an
 * instant, often midnight and exclusive, so its last day is the day of its last open moment.
 */
export function pabulibDay(at: Date, timeZone: string, { lastDay = false } = {}): string {
	const [year, month, date] = placeDayAndTime(lastDay ? new Date(at.getTime() - 1) : at, timeZone).day.split('-');
	return `${date}.${month}.${year}`;
}

/*
 * The country a place is in, for the file's required `country`, read from its time zone: the place
 * keeps no country of its own yet (a `places.country` column would be the place's own answer). A
 * zone of several countries or none (UTC) gives null, and the file says "Worldwide", as pabulib's
 * experiments do.
 */
const COUNTRY_BY_ZONE: Record<string, string> = {
	'Europe/London': 'United Kingdom',
	'Europe/Belfast': 'United Kingdom',
	'Europe/Dublin': 'Ireland',
	'Europe/Lisbon': 'Portugal',
	'Europe/Madrid': 'Spain',
	'Europe/Paris': 'France',
	'Europe/Brussels': 'Belgium',
	'Europe/Amsterdam': 'Netherlands',
	'Europe/Berlin': 'Germany',
	'Europe/Zurich': 'Switzerland',
	'Europe/Vienna': 'Austria',
	'Europe/Rome': 'Italy',
	'Europe/Copenhagen': 'Denmark',
	'Europe/Oslo': 'Norway',
	'Europe/Stockholm': 'Sweden',
	'Europe/Helsinki': 'Finland',
	'Europe/Warsaw': 'Poland',
	'Europe/Prague': 'Czechia',
	'Europe/Budapest': 'Hungary',
	'Europe/Athens': 'Greece'
};

export function countryOfTimeZone(timeZone: string): string {
	return COUNTRY_BY_ZONE[timeZone] ?? 'Worldwide';
}

/** The count's tie-break in words for META's comment (pabulib's default is lexicographic by id; ours is not). */
export function tieBreakComment(tieBreak: string): string {
	const words: Record<string, string> = {
		'min-cost-then-votes': 'ties between projects are broken in favour of the cheaper project, then the one chosen by more voters'
	};
	return `#1: ${words[tieBreak] ?? `ties are broken by the rule '${tieBreak}'`}.`;
}
