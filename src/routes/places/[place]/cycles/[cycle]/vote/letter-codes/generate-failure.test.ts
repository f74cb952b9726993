import { describe, expect, it } from 'vitest';
import { generateFailureQuery, readGenerateFailure } from './generate-failure';

const back = (query: string) => readGenerateFailure(new URL(`https://placecraft.example/letter-codes?${query}`));

describe('a refused batch in the page address', () => {
	it('keeps what was typed when it is the size a field takes, so the form is refilled', () => {
		const query = generateFailureQuery({ label: 'Chapel Street', count: 'lots', language: 'cy' }, { count: 'letter_codes_count_invalid' });
		expect(back(query)).toEqual({ errors: { count: 'letter_codes_count_invalid' }, values: { label: 'Chapel Street', count: 'lots', language: 'cy' } });
	});

	it('does not copy a 100 KB label into the redirect: the address stays short and the label is asked for again', () => {
		const query = generateFailureQuery({ label: 'x'.repeat(100_000), count: '9'.repeat(5_000), language: 'y'.repeat(5_000) }, { label: 'letter_codes_label_too_long', count: 'letter_codes_count_range', language: 'letter_codes_language_invalid' });
		expect(query.length).toBeLessThan(300);
		expect(back(query)).toEqual({
			errors: { label: 'letter_codes_label_too_long', count: 'letter_codes_count_range', language: 'letter_codes_language_invalid' },
			values: { label: '', count: '', language: '' }
		});
	});
});
