/**
 * Exact money. Amounts arrive as decimal strings (`35000,0`, `1331751.11`) and are kept as
 * integer minor units (bigint) at a common scale, so no binary float ever rounds a cost.
 */

export interface DecimalAmount {
	/** The digits without the point, e.g. 133175111n for `1331751.11`. */
	units: bigint;
	/** How many of those digits were after the point. */
	decimals: number;
}

const DECIMAL = /^(\d+)(?:[.,](\d*))?$/;

/** Reads a non-negative decimal such as `4000.0` or `35000,0`; null when it is not one. */
export function parseDecimal(text: string): DecimalAmount | null {
	const match = DECIMAL.exec(text);
	if (!match) return null;
	const fraction = match[2] ?? '';
	return { units: BigInt(match[1] + fraction), decimals: fraction.length };
}

/** Brings an amount to a larger scale: (units, 1 decimal) → (units·10, 2 decimals). */
export function rescale(amount: DecimalAmount, decimals: number): bigint {
	return amount.units * 10n ** BigInt(decimals - amount.decimals);
}

/** Formats minor units back into a decimal string with exactly `decimals` digits after the point. */
export function formatMoney(units: bigint, decimals: number): string {
	const negative = units < 0n;
	const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
	const whole = decimals === 0 ? digits : digits.slice(0, -decimals);
	const fraction = decimals === 0 ? '' : '.' + digits.slice(-decimals);
	return (negative ? '-' : '') + whole + fraction;
}

/** Sums bigints. */
export function sumMoney(amounts: Iterable<bigint>): bigint {
	let total = 0n;
	for (const amount of amounts) total += amount;
	return total;
}
