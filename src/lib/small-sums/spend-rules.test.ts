import { describe, expect, it } from 'vitest';
import { potLeft, refuseSpend } from './spend-rules';

describe('what a small spend answers to', () => {
	it('lets a spend up to the limit and up to what is left through', () => {
		expect(refuseSpend({ amountMinor: 15_000, limitMinor: 15_000, leftMinor: 15_000 })).toBeNull();
	});

	it('refuses a spend over the place’s limit for one spend, even with plenty left', () => {
		expect(refuseSpend({ amountMinor: 15_001, limitMinor: 15_000, leftMinor: 150_000 })).toBe('small_sums_over_limit');
	});

	it('refuses a spend over what is left in the pot', () => {
		expect(refuseSpend({ amountMinor: 4_001, limitMinor: 15_000, leftMinor: 4_000 })).toBe('small_sums_over_left');
	});

	it('judges a correction upwards on what the spend comes to in all', () => {
		expect(refuseSpend({ amountMinor: 1_000, spendTotalMinor: 15_500, limitMinor: 15_000, leftMinor: 100_000 })).toBe('small_sums_over_limit');
		expect(refuseSpend({ amountMinor: 1_000, spendTotalMinor: 14_000, limitMinor: 15_000, leftMinor: 100_000 })).toBeNull();
	});

	it('never shows a pot as having less than nothing', () => {
		expect(potLeft(10_000, 12_000)).toBe(0);
		expect(potLeft(10_000, 2_550)).toBe(7_450);
	});
});
