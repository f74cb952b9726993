import { describe, expect, it } from 'vitest';
import { localizedNext, safeReturnPath } from './safe-next';

const origin = 'https://placecraft.example';
const staysOnSite = (location: string) => {
	expect(location.startsWith('/')).toBe(true);
	expect(location.startsWith('//')).toBe(false);
	expect(new URL(location, origin).origin).toBe(origin);
};

describe('the language switch sends people back only to pages of this site', () => {
	it('returns to the page they were on, in the language they chose', () => {
		expect(localizedNext('/places/st-elwyn?tab=cycles', 'cy', origin)).toBe('/cy/places/st-elwyn?tab=cycles');
		expect(localizedNext('/cy/places/st-elwyn', 'en', origin)).toBe('/places/st-elwyn');
	});

	it.each([
		'/cy//evil.example/phish',
		'//evil.example/phish',
		'/\\evil.example/phish',
		'/.%2F/evil.example',
		'/./\\/evil.example',
		'/cy/.//evil.example',
		'https://evil.example/',
		'/%2F%2Fevil.example',
		'/cy/%2F/evil.example'
	])('never to another site: %s', (next) => {
		for (const locale of ['en', 'cy'] as const) staysOnSite(localizedNext(next, locale, origin));
	});

	it('goes home when there is nowhere to return to', () => {
		expect(localizedNext(null, 'en', origin)).toBe('/');
		expect(localizedNext('', 'cy', origin)).toBe('/cy/');
	});
});

describe('sign-in returns people only to pages of this site', () => {
	it('returns to the vote they were on, pot and all, in their language', () => {
		expect(safeReturnPath('/places/st-elwyns/cycles/2026/vote?pot=abc', 'en', origin)).toBe('/places/st-elwyns/cycles/2026/vote?pot=abc');
		expect(safeReturnPath('/cy/places/st-elwyns/cycles/2026/vote', 'cy', origin)).toBe('/cy/places/st-elwyns/cycles/2026/vote');
	});

	it.each([null, '', 'https://evil.example/', '//evil.example/x', '/cy//evil.example/phish', '/%2F%2Fevil.example'])('has nowhere to return to for %s', (next) => {
		const path = safeReturnPath(next, 'en', origin);
		if (path !== null) staysOnSite(path);
		expect(path === null || !path.includes('//')).toBe(true);
	});
});
