/**
 * ρ of one project in doubles, with a PROOF of where the exact ρ* lies.
 *
 * f(ρ) = Σ w·min(b*, ρ·u) over supporters is nondecreasing and concave, and
 * ρ* = min{ρ : f(ρ) ≥ cost}. From one pass at the estimate ρ̂ we get f̂ = f(ρ̂) ± err (each true
 * budget b* is within e of its double b, and min is 1-Lipschitz in b; rounding adds (k+8)·ε·f̂),
 * and the utility R of voters who are rich for sure (b − e ≥ ρ̂·u·(1+η)). Every such voter adds
 * exactly δ·u when ρ moves by δ (for δ ≤ η·ρ̂), so f(ρ̂ + δ) ≥ f̂ − err + δ·R and
 * f(ρ̂ − δ) ≤ f̂ + err − δ·R. Hence
 *   ρ* ≤ hi = ρ̂ + (cost − f̂ + err)/R   and   ρ* > lo = ρ̂ − (f̂ − cost + err)/R.
 * Decisions are taken only when these intervals separate; otherwise the caller goes exact.
 * When every supporter is surely rich (or exactly broke), f(ρ) = ρ·R up to ρ* and so ρ* = cost/R
 * exactly, R the rich voters' utility (an integer): ties between such projects (common: equal
 * supporter counts) are then settled in integers.
 */
import type { FastProfile } from './mes-fast-profile';

const EPS = 2 ** -52;
/** How far above ρ̂ a voter must be to count as surely rich (bounds hi − ρ̂). */
const ETA = 1e-7;

export interface RhoBounds {
	rho: number;
	lo: number;
	hi: number;
	/** When every supporter is surely rich or exactly broke, ρ* = cost / richUtility. */
	exact: boolean;
	richUtility: number;
}

/** Proven to be unaffordable: its supporters' money is surely below its cost. */
export const UNAFFORDABLE = 'unaffordable';

/**
 * Bounds on ρ* of project p, UNAFFORDABLE, or null when neither can be proven. `purse` holds
 * [budget, error, weight] per group. `start` is where the search begins (any value works:
 * it is a Newton iteration on a concave function, which lands below ρ* after one step and
 * then climbs to it; starting near ρ* saves passes).
 */
export function boundRho(fast: FastProfile, p: number, purse: Float64Array, start: number): RhoBounds | typeof UNAFFORDABLE | null {
	const from = fast.supporterStart[p];
	const to = fast.supporterStart[p + 1];
	const groups = fast.supporterGroupList;
	const utils = fast.supporterUtilityList;
	const cost = fast.cost[p];
	let rho = Math.max(start, cost / fast.totalUtility[p]);
	const rounding = (to - from + 8) * EPS * 1.01;
	if (isSurelyShort(fast, p, purse, rounding)) return UNAFFORDABLE;
	const uniform = fast.uniformUtility[p];
	for (let pass = 0, climbing = false; pass < 64; pass++) {
		let poorMoney = 0;
		let richWeight = 0;
		let richUtility = 0;
		if (uniform > 0) {
			// Approval-like projects: one threshold for every supporter.
			const threshold = rho * uniform;
			for (let k = from; k < to; k++) {
				const i = groups[k] * 3;
				const b = purse[i];
				if (b < threshold) poorMoney += purse[i + 2] * b;
				else richWeight += purse[i + 2];
			}
			richUtility = richWeight * uniform;
		} else {
			for (let k = from; k < to; k++) {
				const i = groups[k] * 3;
				const b = purse[i];
				if (b < rho * utils[k]) poorMoney += purse[i + 2] * b;
				else richUtility += purse[i + 2] * utils[k];
			}
		}
		if (richUtility <= 0) return null;
		const next = (cost - poorMoney) / richUtility;
		if (next > rho || (!climbing && next < rho * (1 - 1e-12))) {
			// From above, one Newton step lands at or below ρ*; from below, it climbs.
			climbing = true;
			rho = next;
			continue;
		}
		return certifyRho(fast, p, purse, rho);
	}
	return null;
}

/** The proof at ρ̂ (see the top of this file), widening the "surely rich" margin if needed. */
function certifyRho(fast: FastProfile, p: number, purse: Float64Array, rho: number): RhoBounds | null {
	const from = fast.supporterStart[p];
	const to = fast.supporterStart[p + 1];
	const groups = fast.supporterGroupList;
	const utils = fast.supporterUtilityList;
	const cost = fast.cost[p];
	for (let eta = ETA; eta <= 0.01; ) {
		let f = 0;
		let err = 0;
		let sureRich = 0;
		let unsure = 0;
		for (let k = from; k < to; k++) {
			const i = groups[k] * 3;
			const b = purse[i];
			const e = purse[i + 1];
			if (b === 0 && e === 0) continue; // exactly broke: pays nothing, knows no error
			const weight = purse[i + 2];
			const x = rho * utils[k];
			if (b - e >= x * (1 + eta)) {
				f += weight * x;
				sureRich += weight * utils[k];
			} else {
				f += weight * (b < x ? b : x);
				err += weight * e;
				unsure++;
			}
		}
		if (sureRich <= 0) return null;
		err = err * (1 + 1e-9) + (to - from + 8) * EPS * 1.01 * f;
		const hi = (rho + Math.max(0, cost - f + err) / sureRich) * (1 + 4 * EPS);
		const lo = (rho - (Math.max(0, f - cost) + err) / sureRich) * (1 - 4 * EPS);
		if (hi <= rho * (1 + eta / 2)) return { rho, lo, hi, exact: unsure === 0, richUtility: sureRich };
		eta = 4 * (hi / rho - 1);
	}
	return null;
}

/** True when the supporters' money is surely below the cost: the project can no longer be bought. */
function isSurelyShort(fast: FastProfile, p: number, purse: Float64Array, rounding: number): boolean {
	let money = 0;
	let moneyError = 0;
	for (let k = fast.supporterStart[p]; k < fast.supporterStart[p + 1]; k++) {
		const i = fast.supporterGroupList[k] * 3;
		money += purse[i + 2] * purse[i];
		moneyError += purse[i + 2] * purse[i + 1];
	}
	return money + moneyError * 1.01 + rounding * money < fast.cost[p];
}
