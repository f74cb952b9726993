import { describe, expect, it } from 'vitest';
import { pickText, textLocale } from './localized-text';

describe('text a place wrote in several languages', () => {
	it('is shown in the reader’s language when the place wrote it', () => {
		expect(pickText({ en: 'Library', cy: 'Llyfrgell' }, 'cy')).toBe('Llyfrgell');
	});

	it('falls back to the place’s own language order, and says which language is shown', () => {
		const text = { en: 'Green', pl: 'Zieleń' };
		expect(pickText(text, 'cy', ['pl', 'en'])).toBe('Zieleń');
		expect(textLocale(text, 'cy', ['pl', 'en'])).toBe('pl');
	});

	it('is empty, not undefined, when nothing was written', () => {
		expect(pickText(null, 'en')).toBe('');
	});
});
