import { describe, expect, it } from 'vitest';
import { fieldErrors } from './fields';
import { startCycleForm } from './cycle-start';

const form = startCycleForm(['en', 'cy']);
const errorsOf = (values: Record<string, string>) => {
	const parsed = form.safeParse(values);
	return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('the words of a new cycle', () => {
	it('needs a title and a challenge in the place’s main language; Welsh may follow', () => {
		expect(errorsOf({ 'title.cy': 'Y cae' })).toEqual({ 'title.en': 'cycle_title_missing', 'challenge.en': 'cycle_challenge_missing' });
		expect(form.parse({ 'title.en': ' The green ', 'challenge.en': 'Why is it empty?', 'title.cy': '', slug: '' })).toEqual({
			title: { en: 'The green' },
			challenge: { en: 'Why is it empty?' },
			slug: null,
			fromCycleId: null
		});
	});

	it('takes a short address of small letters, digits and hyphens, 3 to 60 long', () => {
		const words = { 'title.en': 'T', 'challenge.en': 'C' };
		expect(form.parse({ ...words, slug: ' Green-2027 ' }).slug).toBe('green-2027');
		expect(errorsOf({ ...words, slug: 'gr' })).toEqual({ slug: 'cycle_slug_too_short' });
		expect(errorsOf({ ...words, slug: 'the green' })).toEqual({ slug: 'cycle_slug_format' });
		expect(errorsOf({ ...words, slug: 'x'.repeat(61) })).toEqual({ slug: 'cycle_slug_too_long' });
		expect(errorsOf({ ...words, slug: 'new' })).toEqual({ slug: 'cycle_slug_taken' });
	});

	it('refuses a cycle to copy that is not an id', () => {
		expect(errorsOf({ 'title.en': 'T', 'challenge.en': 'C', from: '../etc' })).toEqual({ from: 'cycle_copy_unknown' });
	});
});
