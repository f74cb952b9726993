import { describe, expect, it } from 'vitest';
import { errorWords } from './error-words';

describe('what an error page says', () => {
	it('a refusal says the person cannot do this here, not that something broke on our side', () => {
		const words = errorWords(403, 'forbidden');
		expect(words.kind).toBe('forbidden');
		expect(words.title).toBe('You cannot do that');
		expect(words.body).not.toContain('on our side');
	});

	it('an oversized form says it was too large', () => {
		expect(errorWords(413, undefined).title).toBe('This form was too large');
		expect(errorWords(400, 'form_too_large').kind).toBe('too_large');
	});

	it('an unreadable form says so', () => {
		expect(errorWords(400, 'bad_form').title).toBe('We could not read that form');
	});

	it('a missing place or cycle is named; only real failures blame our side', () => {
		expect(errorWords(404, 'place_not_found').body).toContain('could not find that place');
		expect(errorWords(500, undefined).body).toContain('on our side');
	});
});
