import { describe, expect, it } from 'vitest';
import { libraryQuery, readLibraryFilters } from './library-filters';
import { minorAsDecimal } from './library-export';
import { slugifyTheme } from './themes';

describe('the library’s search address', () => {
	it('reads words, theme, band, status, place and page, and ignores anything else or anything malformed', () => {
		const filters = readLibraryFilters(new URLSearchParams('q=+walking+bus+&theme=young-people&band=1000-5000&status=stopped&place=brookfield&page=2&sort=spent'));
		expect(filters).toEqual({ words: 'walking bus', theme: 'young-people', band: '1000-5000', status: 'stopped', place: 'brookfield', page: 2 });
		expect(readLibraryFilters(new URLSearchParams('theme=../x&band=cheap&status=won&place=A B&page=-1'))).toEqual({ words: '', theme: null, band: null, status: null, place: null, page: 1 });
		expect(readLibraryFilters(new URLSearchParams(`q=${'a'.repeat(500)}&page=1.5`))).toMatchObject({ words: 'a'.repeat(200), page: 1 });
	});

	it('writes the same filters back for the next page, leaving out what is empty', () => {
		const filters = readLibraryFilters(new URLSearchParams('q=bws cerdded&status=done'));
		expect(libraryQuery(filters, 2)).toBe('?q=bws+cerdded&status=done&page=2');
		expect(libraryQuery(readLibraryFilters(new URLSearchParams('')), 1)).toBe('');
	});
});

describe('money in the open data', () => {
	it('is exact in each currency’s own minor unit', () => {
		expect(minorAsDecimal(180_000, 'GBP')).toBe('1800.00');
		expect(minorAsDecimal(5, 'GBP')).toBe('0.05');
		expect(minorAsDecimal(1_234, 'JPY')).toBe('1234');
		expect(minorAsDecimal(1_234, 'KWD')).toBe('1.234');
		expect(minorAsDecimal(9_007_199_254_740_991, 'GBP')).toBe('90071992547409.91');
	});
});

describe('a place’s own theme', () => {
	it('gets an address-safe slug from its name, or none when it has no letters or numbers', () => {
		expect(slugifyTheme('Slow streets!')).toBe('slow-streets');
		expect(slugifyTheme('  Caffi Trwsio  ')).toBe('caffi-trwsio');
		expect(slugifyTheme('Gŵyl y môr')).toBe('gwyl-y-mor');
		expect(slugifyTheme('!!!')).toBe('');
	});
});
