/*
 * The one rule a spend answers to, pure: no more than the place's limit for one spend, and no more
 * than is left in the pot. Nobody approves a spend; these are the only refusals.
 */

export type SpendRefusal = 'small_sums_over_limit' | 'small_sums_over_left';

/** Why a spend (or what a corrected spend comes to) cannot be made, or null when it can. */
export function refuseSpend(input: { amountMinor: number; spendTotalMinor?: number; limitMinor: number; leftMinor: number }): SpendRefusal | null {
	// A correction upwards is judged on what the spend comes to in all, not on the difference alone.
	if ((input.spendTotalMinor ?? input.amountMinor) > input.limitMinor) return 'small_sums_over_limit';
	if (input.amountMinor > input.leftMinor) return 'small_sums_over_left';
	return null;
}

/** What a pot has left: never shown below zero, though the rule above keeps it from getting there. */
export function potLeft(amountMinor: number, spentMinor: number): number {
	return Math.max(0, amountMinor - spentMinor);
}
