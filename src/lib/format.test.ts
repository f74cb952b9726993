import { describe, expect, it } from 'vitest';
import { formatClosing, formatDate, formatLastDay, formatMoney, formatOpening, languageName } from './format';

describe('formatting for residents', () => {
	it('shows a date in the place’s time zone, not the server’s', () => {
		const lateEvening = new Date('2026-06-30T23:30:00Z');
		expect(formatDate(lateEvening, 'en', 'Europe/London')).toBe('1 July 2026');
		expect(formatDate(lateEvening, 'en', 'UTC')).toBe('30 June 2026');
	});

	it('shows Welsh month names on Welsh pages', () => {
		expect(formatDate(new Date('2026-11-24T12:00:00Z'), 'cy', 'Europe/London')).toBe('24 Tachwedd 2026');
	});

	it('shows pence as pounds, without .00 for whole amounts', () => {
		expect(formatMoney(500_000, 'GBP', 'en-GB')).toBe('£5,000');
		expect(formatMoney(123_456, 'GBP', 'en-GB')).toBe('£1,234.56');
	});

	it('knows currencies without minor units', () => {
		expect(formatMoney(5000, 'JPY', 'en-GB')).toBe('JP¥5,000');
	});

	it('names languages in the reader’s language', () => {
		expect(languageName('cy', 'en')).toBe('Welsh');
		expect(languageName('cy', 'cy')).toBe('Cymraeg');
	});
});

describe('the last day of a phase', () => {
	it('is the day before when the phase closes at midnight', () => {
		expect(formatLastDay(new Date('2026-12-09T00:00:00Z'), 'en', 'Europe/London')).toBe('8 December 2026');
	});

	it('is the same day when the phase closes in the afternoon', () => {
		expect(formatLastDay(new Date('2026-12-09T17:00:00Z'), 'en', 'Europe/London')).toBe('9 December 2026');
	});
});

describe('a phase’s dates on the place’s clock', () => {
	it('shows only the date when a phase opens or closes at midnight', () => {
		expect(formatOpening(new Date('2027-01-04T00:00:00Z'), 'en', 'Europe/London')).toBe('4 January 2027');
		expect(formatClosing(new Date('2027-01-15T00:00:00Z'), 'en', 'Europe/London')).toBe('14 January 2027');
	});

	it('shows the time too when it is not midnight there', () => {
		expect(formatClosing(new Date('2027-01-14T17:00:00Z'), 'en', 'Europe/London')).toBe('14 January 2027, 17:00');
		// 08:30 UTC in July is 09:30 in London.
		expect(formatOpening(new Date('2027-07-01T08:30:00Z'), 'cy', 'Europe/London')).toBe('1 Gorffennaf 2027, 09:30');
		// Midnight in London in summer is 23:00 UTC: still a plain date.
		expect(formatOpening(new Date('2027-06-30T23:00:00Z'), 'en', 'Europe/London')).toBe('1 July 2027');
	});
});
