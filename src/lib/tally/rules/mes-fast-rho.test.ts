/**
 * boundRho's proofs against the exact ρ* on generated supporters: whatever path it takes (the
 * one-pass proof when no voter turns poor on the way, or further Newton passes; the general or
 * the uniform-utility scan), a returned
 * interval must hold ρ* (lo < ρ* ≤ hi), "exact" must mean ρ* = cost / richUtility, and
 * UNAFFORDABLE must mean the supporters' money is below the cost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundRho, boundRhoLoosely, UNAFFORDABLE } from './mes-fast-rho';
import type { FastProfile } from './mes-fast-profile';

/** A double as an exact fraction. */
function exact(x: number): { num: bigint; den: bigint } {
	let den = 1n;
	while (!Number.isInteger(x)) { x *= 2; den *= 2n; }
	return { num: BigInt(x), den };
}

/** ρ* = min{ρ : Σ w·min(b, ρ·u) ≥ cost} in exact fractions x / rich, or null if unaffordable. */
function exactRho(cost: bigint, supporters: { w: bigint; u: bigint; b: bigint }[]) {
	if (supporters.reduce((s, v) => s + v.w * v.b, 0n) < cost) return null;
	const order = [...supporters].sort((a, c) => (a.b * c.u < c.b * a.u ? -1 : a.b * c.u > c.b * a.u ? 1 : 0));
	let x = cost;
	let rich = supporters.reduce((s, v) => s + v.w * v.u, 0n);
	for (const v of order) {
		if (x * v.u <= v.b * rich) break;
		x -= v.w * v.b;
		rich -= v.w * v.u;
	}
	return { x, rich };
}

const supporter = fc.record({
	w: fc.integer({ min: 1, max: 5 }),
	u: fc.integer({ min: 1, max: 9 }),
	b: fc.integer({ min: 0, max: 60 }),
	/** The double budget is off the exact one by up to its error bound e (as after rounding). */
	noise: fc.double({ min: -0.9, max: 0.9, noNaN: true }),
	e: fc.constantFrom(0, 1e-9, 1e-6, 1e-3)
});

describe('boundRho', () => {
	it('brackets the exact ρ* of budgets within the error bounds, from any start at or below it, or proves it above `above`', () => {
		fc.assert(
			fc.property(
				fc.array(supporter, { minLength: 1, maxLength: 12 }),
				fc.integer({ min: 1, max: 400 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.boolean(),
				fc.boolean(),
				fc.option(fc.double({ min: 0, max: 2, noNaN: true })),
				(voters, cost, fraction, uniform, uniformScan, aboveFactor) => {
					if (uniform) voters = voters.map((v) => ({ ...v, u: voters[0].u }));
					const k = voters.length;
					const totalUtility = voters.reduce((s, v) => s + v.w * v.u, 0);
					const fast = {
						cost: Float64Array.of(cost),
						supporterStart: Int32Array.of(0, k),
						supporterGroupList: Int32Array.from(voters.map((_, g) => g)),
						supporterUtilityList: Float64Array.from(voters.map((v) => v.u)),
						totalUtility: Float64Array.of(totalUtility),
						// Both scans: the uniform one when all utilities agree (unless told not to use it).
						uniformUtility: Float64Array.of(voters.every((v) => v.u === voters[0].u) && uniformScan ? voters[0].u : 0)
					} as unknown as FastProfile;
					const purse = Float64Array.from(voters.flatMap((v) => [v.b === 0 ? 0 : v.b + v.noise * v.e, v.e, v.w]));
					const want = exactRho(BigInt(cost), voters.map((v) => ({ w: BigInt(v.w), u: BigInt(v.u), b: BigInt(v.b) })));
					// Starts between cost / totalUtility (the lowest possible ρ) and ρ*.
					const floor = cost / totalUtility;
					const start = want && want.rich > 0n ? floor + fraction * (Number(want.x) / Number(want.rich) - floor) * 0.999 : floor;
					// `above`: somewhere around ρ* (a lower bound alone may then be returned).
					const above = aboveFactor === null || !want || want.rich === 0n ? Infinity : (aboveFactor * Number(want.x)) / Number(want.rich);
					const bounds = boundRho(fast, 0, purse, start, above);
					if (bounds === UNAFFORDABLE) {
						expect(want).toBeNull();
						return;
					}
					if (!bounds) return;
					expect(want).not.toBeNull();
					const { x, rich } = want!;
					const lo = exact(bounds.lo);
					expect(lo.num * rich < x * lo.den).toBe(true); // lo < ρ*
					if (bounds.hi === Infinity) {
						expect(bounds.lo).toBeGreaterThanOrEqual(above);
						return;
					}
					const hi = exact(bounds.hi);
					expect(x * hi.den <= hi.num * rich).toBe(true); // ρ* ≤ hi
					if (bounds.exact) expect(BigInt(cost) * rich).toBe(x * BigInt(bounds.richUtility));
				}
			),
			{ numRuns: Number(process.env.TALLY_PROPERTY_RUNS ?? 2000) }
		);
	});

	it('boundRhoLoosely brackets the exact ρ* of budgets within the error bounds', () => {
		fc.assert(
			fc.property(fc.array(supporter, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 400 }), (voters, cost) => {
				const k = voters.length;
				const fast = {
					cost: Float64Array.of(cost),
					supporterStart: Int32Array.of(0, k),
					supporterGroupList: Int32Array.from(voters.map((_, g) => g)),
					supporterUtilityList: Float64Array.from(voters.map((v) => v.u)),
					totalUtility: Float64Array.of(voters.reduce((s, v) => s + v.w * v.u, 0))
				} as unknown as FastProfile;
				const purse = Float64Array.from(voters.flatMap((v) => [v.b === 0 ? 0 : v.b + v.noise * v.e, v.e, v.w]));
				const want = exactRho(BigInt(cost), voters.map((v) => ({ w: BigInt(v.w), u: BigInt(v.u), b: BigInt(v.b) })));
				const bounds = boundRhoLoosely(fast, 0, purse);
				const lo = exact(bounds.lo);
				if (want) expect(lo.num * want.rich < want.x * lo.den).toBe(true); // lo < ρ*
				if (bounds.hi < Infinity) {
					expect(want).not.toBeNull();
					const hi = exact(bounds.hi);
					expect(want!.x * hi.den <= hi.num * want!.rich).toBe(true); // ρ* ≤ hi
				}
			}),
			{ numRuns: Number(process.env.TALLY_PROPERTY_RUNS ?? 2000) }
		);
	});

	it('proves ρ* from one scan when voters turn poor between the start and the Newton step (uniform utilities)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ w: fc.integer({ min: 1, max: 5 }), b: fc.integer({ min: 0, max: 1000 }), noise: fc.double({ min: -0.9, max: 0.9, noNaN: true }), e: fc.constantFrom(0, 1e-9, 1e-6) }), { minLength: 2, maxLength: 60 }),
				fc.integer({ min: 1, max: 9 }),
				fc.double({ min: 0.3, max: 1, noNaN: true }),
				fc.double({ min: 0.99, max: 1, noNaN: true }),
				(voters, u, share, fraction) => {
					const k = voters.length;
					// A cost most of the supporters' money, so that many of them pay all they have.
					const cost = Math.max(1, Math.floor(share * voters.reduce((s, v) => s + v.w * v.b, 0)));
					const totalUtility = voters.reduce((s, v) => s + v.w * u, 0);
					const fast = {
						cost: Float64Array.of(cost),
						supporterStart: Int32Array.of(0, k),
						supporterGroupList: Int32Array.from(voters.map((_, g) => g)),
						supporterUtilityList: Float64Array.from(voters.map(() => u)),
						totalUtility: Float64Array.of(totalUtility),
						uniformUtility: Float64Array.of(u)
					} as unknown as FastProfile;
					const purse = Float64Array.from(voters.flatMap((v) => [v.b === 0 ? 0 : v.b + v.noise * v.e, v.e, v.w]));
					const want = exactRho(BigInt(cost), voters.map((v) => ({ w: BigInt(v.w), u: BigInt(u), b: BigInt(v.b) })));
					if (!want || want.rich === 0n) return;
					// Start just below ρ*, so that a few budgets lie between the start and ρ*.
					const bounds = boundRho(fast, 0, purse, (fraction * Number(want.x)) / Number(want.rich));
					if (!bounds || bounds === UNAFFORDABLE) return;
					const hi = exact(bounds.hi);
					const lo = exact(bounds.lo);
					expect(want.x * hi.den <= hi.num * want.rich).toBe(true); // ρ* ≤ hi
					expect(lo.num * want.rich < want.x * lo.den).toBe(true); // lo < ρ*
					if (bounds.exact) expect(BigInt(cost) * want.rich).toBe(want.x * BigInt(bounds.richUtility));
				}
			),
			{ numRuns: Number(process.env.TALLY_PROPERTY_RUNS ?? 2000) }
		);
	});
});
