/** Small exact-rational helpers over bigint (denominators always positive). */

export interface Fraction {
	num: bigint;
	den: bigint;
}

export function isLess(a: Fraction, b: Fraction): boolean {
	return a.num * b.den < b.num * a.den;
}

export function gcd(a: bigint, b: bigint): bigint {
	if (a < 0n) a = -a;
	if (b < 0n) b = -b;
	while (b !== 0n) [a, b] = [b, a % b];
	return a;
}

/** A rational as a double, for explanations only (never for a decision). */
export function divide(num: bigint, den: bigint): number {
	// Scale so both fit a double before dividing; keeps ~15 digits however large they grow.
	const shift = BigInt(Math.max(0, den.toString(2).length - 1000));
	return Number(num >> shift) / Number(den >> shift);
}
