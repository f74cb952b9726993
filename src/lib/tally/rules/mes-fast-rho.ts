/**
 * ρ of one project in doubles, with a PROOF of where the exact ρ* lies.
 *
 * f(ρ) = Σ w·min(b*, ρ·u) over supporters is nondecreasing, and ρ* = min{ρ : f(ρ) ≥ cost}.
 * From one pass at the estimate ρ̂ we get f̂ = f(ρ̂) ± err (each true budget b* is within e of
 * its double b, and min is 1-Lipschitz in b; rounding adds (k+4)·ε·f̂), and the utility R of
 * voters who are rich for sure (b − e ≥ ρ̂·u·(1+η)). Every such voter adds exactly δ·u when ρ
 * moves by δ, so f(ρ̂ + δ) ≥ f̂ − err + δ·R and f(ρ̂ − δ) ≤ f̂ + err − δ·R. Hence
 *   ρ* ≤ hi = ρ̂ + (cost − f̂ + err)/R   and   ρ* > lo = ρ̂ − (f̂ − cost + err)/R.
 * Decisions are taken only when these intervals separate; otherwise the caller goes exact.
 * When every supporter is surely rich (or exactly broke), f(ρ) = ρ·R up to ρ* and so ρ* = cost/R
 * exactly, R the rich voters' utility (an integer): ties
 * between such projects (common: equal supporter counts) are then settled in integers.
 */
import type { FastProfile } from './mes-fast-profile';

const EPS = 2 ** -52;
/** How far above ρ̂ a voter must be to count as surely rich (bounds hi − ρ̂). */
const ETA = 1e-7;

export interface RhoBounds {
	rho: number;
	lo: number;
	hi: number;
	/** When every supporter is surely rich or has exactly nothing left, ρ* = cost / richUtility. */
	exact: boolean;
	richUtility: number;
}

/** Bounds on ρ* of project p, or null when they cannot be proven. */
export function boundRho(
	fast: FastProfile,
	p: number,
	budget: Float64Array,
	error: Float64Array,
	/** A proven lower bound on ρ*: the poor/rich iteration climbs from there (fewer passes). */
	floor = 0
): RhoBounds | null {
	const start = fast.supporterStart[p];
	const end = fast.supporterStart[p + 1];
	const groups = fast.supporterGroupList;
	const utils = fast.supporterUtilityList;
	const w = fast.weight;
	const cost = fast.cost[p];
	// Poor/rich iteration: ρ grows as voters who cannot pay their share join the poor.
	let rho = Math.max(cost / fast.totalUtility[p], floor);
	for (let guard = 0; guard < 64; guard++) {
		let poorMoney = 0;
		let richUtility = 0;
		for (let k = start; k < end; k++) {
			const g = groups[k];
			const b = budget[g];
			if (b < rho * utils[k]) poorMoney += w[g] * b;
			else richUtility += w[g] * utils[k];
		}
		if (richUtility <= 0) return null;
		const next = (cost - poorMoney) / richUtility;
		if (next <= rho) break;
		rho = next;
	}
	// Surely rich is judged at ρ̂·(1+η); η starts tiny and widens when errors are larger.
	let eta = ETA;
	for (let attempt = 0; attempt < 4; attempt++) {
		const bounds = certifyRho(fast, p, budget, error, rho, eta);
		if (bounds === null) return null;
		if (bounds.hi <= rho * (1 + eta / 2)) return bounds;
		eta = 4 * (bounds.hi / rho - 1);
	}
	return null;
}

function certifyRho(
	fast: FastProfile,
	p: number,
	budget: Float64Array,
	error: Float64Array,
	rho: number,
	eta: number
): RhoBounds | null {
	const start = fast.supporterStart[p];
	const end = fast.supporterStart[p + 1];
	const groups = fast.supporterGroupList;
	const utils = fast.supporterUtilityList;
	const w = fast.weight;
	const cost = fast.cost[p];
	let f = 0;
	let err = 0;
	let sureRich = 0;
	let unsure = 0;
	for (let k = start; k < end; k++) {
		const g = groups[k];
		const b = budget[g];
		const x = rho * utils[k];
		if (b === 0 && error[g] === 0) continue; // exactly broke: pays nothing, knows no error
		if (b - error[g] >= x * (1 + eta)) {
			f += w[g] * x;
			sureRich += w[g] * utils[k];
		} else {
			f += w[g] * Math.min(b, x);
			err += w[g] * error[g];
			unsure++;
		}
	}
	if (sureRich <= 0) return null;
	err = err * (1 + 1e-9) + (end - start + 8) * EPS * f * 1.01;
	const hi = (rho + Math.max(0, cost - f + err) / sureRich) * (1 + 4 * EPS);
	const lo = (rho - (Math.max(0, f - cost) + err) / sureRich) * (1 - 4 * EPS);
	return { rho, lo, hi, exact: unsure === 0, richUtility: sureRich };
}
