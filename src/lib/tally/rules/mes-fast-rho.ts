/**
 * ρ of one project in doubles, with a PROOF of where the exact ρ* lies.
 *
 * f(ρ) = Σ w·min(b*, ρ·u) over supporters is nondecreasing, and ρ* = min{ρ : f(ρ) ≥ cost}.
 * From one pass at the estimate ρ̂ we get f̂ = f(ρ̂) ± err (each true budget b* is within e of
 * its double b, and min is 1-Lipschitz in b; rounding adds (k+8)·ε·f̂), and the utility R of
 * voters who are rich for sure (b − e ≥ ρ̂·u·(1+η)). Every such voter adds exactly δ·u when ρ
 * moves by δ (for δ ≤ η·ρ̂), so f(ρ̂ + δ) ≥ f̂ − err + δ·R and f(ρ̂ − δ) ≤ f̂ + err − δ·R. Hence
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
 * Bounds on ρ* of project p, UNAFFORDABLE, or null when neither can be proven. `floor` is a
 * proven lower bound on ρ*: the poor/rich iteration climbs from there, which saves passes.
 */
export function boundRho(
	fast: FastProfile,
	p: number,
	budget: Float64Array,
	error: Float64Array,
	floor = 0
): RhoBounds | typeof UNAFFORDABLE | null {
	const start = fast.supporterStart[p];
	const end = fast.supporterStart[p + 1];
	const groups = fast.supporterGroupList;
	const utils = fast.supporterUtilityList;
	const w = fast.weight;
	const cost = fast.cost[p];
	let rho = Math.max(cost / fast.totalUtility[p], floor);
	let eta = ETA;
	for (let pass = 0; pass < 64; pass++) {
		// One pass gathers both the poor/rich iteration and the proof at the current ρ.
		let poorMoney = 0;
		let richUtility = 0;
		let money = 0;
		let moneyError = 0;
		let f = 0;
		let err = 0;
		let sureRich = 0;
		let unsure = 0;
		for (let k = start; k < end; k++) {
			const g = groups[k];
			const b = budget[g];
			const e = error[g];
			if (b === 0 && e === 0) continue; // exactly broke: pays nothing, knows no error
			const weight = w[g];
			const x = rho * utils[k];
			money += weight * b;
			moneyError += weight * e;
			if (b < x) poorMoney += weight * b;
			else richUtility += weight * utils[k];
			if (b - e >= x * (1 + eta)) {
				f += weight * x;
				sureRich += weight * utils[k];
			} else {
				f += weight * (b < x ? b : x);
				err += weight * e;
				unsure++;
			}
		}
		const rounding = (end - start + 8) * EPS * 1.01;
		if (money + moneyError * 1.01 + rounding * money < cost) return UNAFFORDABLE;
		if (richUtility <= 0 || sureRich <= 0) return null;
		const next = (cost - poorMoney) / richUtility;
		if (next > rho) {
			rho = next;
			continue;
		}
		err = err * (1 + 1e-9) + rounding * f;
		const hi = (rho + Math.max(0, cost - f + err) / sureRich) * (1 + 4 * EPS);
		const lo = (rho - (Math.max(0, f - cost) + err) / sureRich) * (1 - 4 * EPS);
		if (hi <= rho * (1 + eta / 2)) return { rho, lo, hi, exact: unsure === 0, richUtility: sureRich };
		// The proof needs a wider "surely rich" margin: redo the pass at the same ρ.
		if (eta > 0.01) return null;
		eta = 4 * (hi / rho - 1);
	}
	return null;
}
