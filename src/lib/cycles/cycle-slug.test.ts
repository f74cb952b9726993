import { describe, expect, it } from 'vitest';
import { slugCandidates, suggestCycleSlug } from './cycle-slug';

describe('a cycle’s short address made from its title', () => {
	it('keeps letters and digits, lower-case, with hyphens between words', () => {
		expect(suggestCycleSlug('What could the Green be? (2027)')).toBe('what-could-the-green-be-2027');
	});

	it('drops accents, so a Welsh title gives a plain address', () => {
		expect(suggestCycleSlug('Beth am y cae chwarae ŵyl?')).toBe('beth-am-y-cae-chwarae-wyl');
		expect(suggestCycleSlug('Café')).toBe('cafe');
	});

	it('cuts a long title at a word, within 60 characters', () => {
		const slug = suggestCycleSlug('A very long title about the green and the playground and the paths and the lights around it');
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug).toBe('a-very-long-title-about-the-green-and-the-playground-and-the');
	});

	it('is empty for a title with no letters we can use', () => {
		expect(suggestCycleSlug('???')).toBe('');
	});

	it('offers numbered addresses after the first, and a fallback for titles too short', () => {
		expect(slugCandidates('Summer', 'cycle-2027').slice(0, 3)).toEqual(['summer', 'summer-2', 'summer-3']);
		expect(slugCandidates('Go', 'cycle-2027')[0]).toBe('cycle-2027');
		expect(slugCandidates('New', 'cycle-2027')[0]).toBe('cycle-2027');
	});
});
