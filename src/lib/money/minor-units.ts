/*
 * Money is an integer of minor units in the place's currency (DEVELOPERS.md). How many digits a
 * minor unit has is the currency's, never a constant: ISO 4217 gives GBP, EUR and PLN 2 (pence,
 * cents, grosze), JPY 0, KWD and BHD 3. Browser-safe: every ICU build, trimmed or not, knows it.
 */

const known = new Map<string, number>();

/** The digits of the currency's minor unit (GBP 2, JPY 0, KWD 3); 2 for a code Intl does not know. */
export function minorUnitDigits(currency: string): number {
	let digits = known.get(currency);
	if (digits === undefined) {
		try {
			digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
		} catch {
			digits = 2;
		}
		known.set(currency, digits);
	}
	return digits;
}

/**
 * A figure in currency units — as a stored count's explanations carry them (results.explanations,
 * per_voter_budget) — as integer minor units of that currency, for the words to format.
 */
export function unitsToMinor(units: number, currency: string): number {
	return Math.round(units * 10 ** minorUnitDigits(currency));
}
