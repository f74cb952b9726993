import { describe, expect, it } from 'vitest';
import { durationParts, summariseAnswerTimes } from './answer-times';

const HOUR = 3_600_000;

describe('answer times', () => {
	it('has nothing to say before any request is answered', () => {
		expect(summariseAnswerTimes([])).toBeNull();
	});

	it('gives the middle answer time and the fastest and slowest', () => {
		expect(summariseAnswerTimes([5 * HOUR, 1 * HOUR, 30 * HOUR])).toEqual({ count: 3, medianMs: 5 * HOUR, fastestMs: HOUR, slowestMs: 30 * HOUR });
	});

	it('takes the halfway point between the two middle answers when there is an even number', () => {
		expect(summariseAnswerTimes([2 * HOUR, 4 * HOUR, 6 * HOUR, 100 * HOUR])?.medianMs).toBe(5 * HOUR);
	});

	it('says hours under two days and days after, never zero hours', () => {
		expect(durationParts(10 * 60_000)).toEqual({ unit: 'hours', count: 1 });
		expect(durationParts(47 * HOUR)).toEqual({ unit: 'hours', count: 47 });
		expect(durationParts(75 * HOUR)).toEqual({ unit: 'days', count: 3 });
	});
});
