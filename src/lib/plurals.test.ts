import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';

/*
 * Where a number meets a noun the words follow the language's plural rules: English has one and
 * other ("1 dot", "2 dots"), Welsh six forms (zero, one, two, few, many, other), with the noun's
 * mutation after dau/dwy, tri and chwe.
 */
const counts = [0, 1, 2, 3, 6, 7];

describe('a count of dots on the workshop page', () => {
	it('reads right in English', () => {
		expect(counts.map((dots) => m.workshop_team_dots_count({ dots }, { locale: 'en' }))).toEqual(['0 dots', '1 dot', '2 dots', '3 dots', '6 dots', '7 dots']);
	});

	it('reads right in Welsh', () => {
		expect(counts.map((dots) => m.workshop_team_dots_count({ dots }, { locale: 'cy' }))).toEqual(['Dim dotiau', '1 dot', '2 ddot', '3 dot', '6 dot', '7 dot']);
	});
});

describe('a count of votes on the results page', () => {
	it('reads right in English and in Welsh', () => {
		expect(counts.map((votes) => m.results_votes_bar({ title: 'Benches', votes }, { locale: 'en' }))).toEqual(['Benches: 0 votes', 'Benches: 1 vote', 'Benches: 2 votes', 'Benches: 3 votes', 'Benches: 6 votes', 'Benches: 7 votes']);
		expect(counts.map((votes) => m.results_votes_bar({ title: 'Meinciau', votes }, { locale: 'cy' }))).toEqual([
			'Meinciau: dim pleidleisiau',
			'Meinciau: 1 bleidlais',
			'Meinciau: 2 bleidlais',
			'Meinciau: 3 pleidlais',
			'Meinciau: 6 phleidlais',
			'Meinciau: 7 pleidlais'
		]);
	});
});

describe('waiting after too many tries', () => {
	it('says minute for one and minutes for more', () => {
		expect(m.form_error_rate_limited({ minutes: 1 }, { locale: 'en' })).toBe('Too many tries. Wait 1 minute and try again.');
		expect(m.form_error_rate_limited({ minutes: 15 }, { locale: 'en' })).toBe('Too many tries. Wait 15 minutes and try again.');
	});
});

describe('counts of photos and steps', () => {
	it('agree with the largest number in English', () => {
		expect(m.photo_room_left({ count: 0, max: 1 }, { locale: 'en' })).toBe('0 of 1 photo');
		expect(m.photo_room_left({ count: 2, max: 5 }, { locale: 'en' })).toBe('2 of 5 photos');
		expect(m.delivery_milestones_progress({ done: 1, total: 1 }, { locale: 'en' })).toBe('1 of 1 step done');
		expect(m.delivery_milestones_progress({ done: 1, total: 3 }, { locale: 'en' })).toBe('1 of 3 steps done');
	});

	it('mutate the noun after dau, tri and chwe in Welsh', () => {
		expect([1, 2, 3, 6, 7].map((max) => m.delivery_photo_count({ count: 1, max }, { locale: 'cy' }))).toEqual(['1 o 1 llun', '1 o 2 lun', '1 o 3 llun', '1 o 6 llun', '1 o 7 llun']);
		expect([1, 2, 3, 6, 7].map((total) => m.delivery_milestones_progress({ done: 1, total }, { locale: 'cy' }))).toEqual([
			'1 o 1 cam wedi’u gwneud',
			'1 o 2 gam wedi’u gwneud',
			'1 o 3 cham wedi’u gwneud',
			'1 o 6 cham wedi’u gwneud',
			'1 o 7 cam wedi’u gwneud'
		]);
	});
});
