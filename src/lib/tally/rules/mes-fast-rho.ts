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

/**
 * boundRho's answer: one object, overwritten by the next call (read it before calling again).
 * A fresh object per call was a third of add1's garbage on Toulouse 2022.
 */
const proven: RhoBounds = { rho: 0, lo: 0, hi: 0, exact: false, richUtility: 0 };

function prove(rho: number, lo: number, hi: number, exact: boolean, richUtility: number): RhoBounds {
	proven.rho = rho;
	proven.lo = lo;
	proven.hi = hi;
	proven.exact = exact;
	proven.richUtility = richUtility;
	return proven;
}

/** Proven to be unaffordable: its supporters' money is surely below its cost. */
export const UNAFFORDABLE = 'unaffordable';

/**
 * Bounds on ρ* of project p (a shared object: see `proven`), UNAFFORDABLE, or null when neither can be proven; or, once a lower
 * bound at or above `above` is proven, that bound alone (hi = Infinity). `purse` holds
 * [budget, error, weight] per group. `start` is where the search begins (any value works:
 * it is a Newton iteration on a concave function, which lands below ρ* after one step and
 * then climbs to it; starting near ρ* saves passes).
 */
export function boundRho(fast: FastProfile, p: number, purse: Float64Array, start: number, above = Infinity): RhoBounds | typeof UNAFFORDABLE | null {
	const cost = fast.cost[p];
	const rounding = (fast.supporterStart[p + 1] - fast.supporterStart[p] + 8) * EPS * 1.01;
	let rho = Math.max(start, cost / fast.totalUtility[p]);
	let eta = ETA;
	const uniform = fast.uniformUtility[p];
	for (let pass = 0, climbing = false; pass < 64; pass++) {
		// One pass gathers the Newton step and the proof at the current ρ (memory-bound: the
		// extra arithmetic is free, another pass over the supporters is not).
		const scan = uniform > 0 ? scanUniform(fast, p, purse, rho, eta, uniform) : scanSupporters(fast, p, purse, rho, eta);
		if (scan.money + scan.moneyError * 1.01 + rounding * scan.money < cost) return UNAFFORDABLE;
		if (above < Infinity) {
			const floor = ruleOut(scan, rho, cost, rounding);
			if (floor >= above) return prove(floor, floor, Infinity, false, 0);
		}
		if (scan.richUtility <= 0 || scan.sureRich <= 0) return null;
		const next = (cost - scan.poorMoney) / scan.richUtility;
		if (next > rho * (1 + 1e-12) && scan.minRichRatio >= next * (1 + eta) * (1 + 1e-9)) {
			// Climbing, and no voter's budget lies between ρ and next: everyone poor at ρ is poor
			// at next (ρ only grew), everyone rich at ρ is surely rich at next. So this scan
			// already gives f(next) = poorMoney + next·richUtility, with only the poor voters'
			// errors, and next can be proven without another pass over the supporters.
			const f = scan.poorMoney + next * scan.richUtility;
			const err = scan.poorErr * (1 + 1e-9) + rounding * f;
			const hi = (next + Math.max(0, cost - f + err) / scan.richUtility) * (1 + 4 * EPS);
			const lo = (next - (Math.max(0, f - cost) + err) / scan.richUtility) * (1 - 4 * EPS);
			if (hi <= next * (1 + eta / 2)) return prove(next, lo, hi, scan.poorCount === 0, scan.richUtility);
		} else if (uniform > 0 && next > rho * (1 - 1e-12)) {
			// Climbing past listed voters, or at the root: proven from this scan where it can be.
			const bounds = proveAcrossBand(purse, rho, Math.max(next, rho), cost, eta, rounding, uniform);
			if (bounds) return bounds;
		}
		if (next > rho * (1 + 1e-12) || (!climbing && next < rho * (1 - 1e-12))) {
			// From above, one Newton step lands at or below ρ*; from below, it climbs.
			climbing = true;
			rho = next;
			continue;
		}
		const err = scan.err * (1 + 1e-9) + rounding * scan.f;
		const hi = (rho + Math.max(0, cost - scan.f + err) / scan.sureRich) * (1 + 4 * EPS);
		const lo = (rho - (Math.max(0, scan.f - cost) + err) / scan.sureRich) * (1 - 4 * EPS);
		if (hi <= rho * (1 + eta / 2)) return prove(rho, lo, hi, scan.unsure === 0, scan.sureRich);
		// The proof needs a wider "surely rich" margin: scan again at the same ρ.
		if (eta > 0.01) return null;
		eta = 4 * (hi / rho - 1);
	}
	return null;
}

/**
 * A lower bound on ρ* from one scan at ρ, or 0. With every budget at its upper end,
 * F(ρ) = Σ w·min(b + e, ρ·u) ≥ the exact f(ρ), and F is concave: F(ρ') ≤ F(ρ) + (ρ' − ρ)·g for
 * ρ' ≥ ρ, g = Σ w·u over voters with b + e ≥ ρ·u (at least F's slope just right of ρ). So f stays
 * below the cost, and ρ* above ρ', for every ρ' < ρ + (cost − F(ρ))/g: the Newton step of F,
 * taken with F rounded up and the step shrunk a little. Enough to rule out a project that cannot
 * win the round (`above` in boundRho) in one pass, without bracketing its ρ* tightly.
 */
function ruleOut(sums: typeof scan, rho: number, cost: number, rounding: number): number {
	const F = sums.upF * (1 + rounding) + 4 * EPS * cost;
	if (!(F < cost) || !(sums.upSlope > 0)) return 0;
	return (rho + (cost - F) / sums.upSlope) * (1 - 1e-12);
}

const scan = { money: 0, moneyError: 0, poorMoney: 0, richUtility: 0, f: 0, err: 0, sureRich: 0, unsure: 0, poorErr: 0, poorCount: 0, minRichRatio: 0, upF: 0, upSlope: 0, richWeight: 0 };

/** How far above ρ·u (relatively) scanUniform lists the rich voters' margins b − e. */
const BAND = 0.25;
const BAND_SIZE = 4096;
/**
 * From the last scanUniform: the purse offsets of the voters rich at ρ whose margin b − e is
 * below `top` = ρ·u·(1 + BAND), or count −1 when there were more than BAND_SIZE of them.
 */
const band = { list: new Int32Array(BAND_SIZE), moved: new Uint8Array(BAND_SIZE), count: 0, top: 0 };

/**
 * The one-pass proof of boundRho when some voters rich at ρ turn poor before the Newton step
 * `next` (uniform utility u), or when the proof at the root needs a wider margin η. Every voter that can — those whose margin is below the band's top
 * — was listed by the scan, so the exact root of the scan's model is found by moving the listed
 * voters whose budget is below r·u to the poor side (r = (cost − poorMoney)/richUtility only
 * grows as they move). Then, as in boundRho: everyone poor at ρ or moved is poor at r (budget
 * b ± e, below r·u); everyone else is rich at r, surely (b − e ≥ r·u·(1 + η): all unlisted
 * voters, whose margin is above the band's top) or not (listed ones, counted at r·u within their
 * error, and left out of the slope): boundRho's own proof at r, from this one scan.
 */
function proveAcrossBand(purse: Float64Array, rho: number, next: number, cost: number, eta: number, rounding: number, u: number): RhoBounds | null {
	const { list, moved, count } = band;
	if (count < 0) return null;
	moved.fill(0, 0, count);
	let poorMoney = scan.poorMoney;
	let poorErr = scan.poorErr;
	let richWeight = scan.richWeight;
	let r = next;
	// r ≥ next: the proof would need voters above the list's top to be surely rich at r.
	if (next * u * (1 + eta) * (1 + 1e-9) > band.top) return null;
	let movedCount = 0;
	for (let changed = true; changed; ) {
		changed = false;
		for (let j = 0; j < count; j++) {
			const i = list[j];
			if (moved[j] || !(purse[i] < r * u)) continue;
			moved[j] = 1;
			poorMoney += purse[i + 2] * purse[i];
			poorErr += purse[i + 2] * purse[i + 1];
			richWeight -= purse[i + 2];
			movedCount++;
			changed = true;
		}
		if (!(richWeight > 0)) return null;
		if (changed) r = (cost - poorMoney) / (richWeight * u);
	}
	if (!(r >= rho)) return null;
	const f = poorMoney + r * richWeight * u;
	// The margin η that "surely rich" needs grows until the proof fits in it (as boundRho does
	// with a new scan): the listed voters are checked again, the others stay above the top.
	for (let tries = 0; tries < 4 && eta <= 0.01; tries++) {
		const need = r * u * (1 + eta) * (1 + 1e-9);
		if (band.top < need) return null;
		// Listed voters still rich at r but not surely: as in boundRho's own proof, they count at
		// r·u within their error and not in the slope.
		let sureWeight = richWeight;
		let unsureErr = 0;
		let unsure = scan.poorCount + movedCount;
		for (let j = 0; j < count; j++) {
			const i = list[j];
			if (!moved[j] && purse[i] - purse[i + 1] < need) { sureWeight -= purse[i + 2]; unsureErr += purse[i + 2] * purse[i + 1]; unsure++; }
		}
		if (!(sureWeight > 0)) return null;
		const sureRich = sureWeight * u;
		const err = (poorErr + unsureErr) * (1 + 1e-9) + rounding * f;
		const hi = (r + Math.max(0, cost - f + err) / sureRich) * (1 + 4 * EPS);
		const lo = (r - (Math.max(0, f - cost) + err) / sureRich) * (1 - 4 * EPS);
		// Nobody poor and everyone surely rich: f(ρ) = ρ·sureRich up to ρ*, so ρ* = cost/sureRich.
		if (hi <= r * (1 + eta / 2)) return prove(r, lo, hi, unsure === 0, sureRich);
		eta = 4 * (hi / r - 1);
	}
	return null;
}

/** Sums over p's supporters at ρ (reuses one object: this runs millions of times). */
function scanSupporters(fast: FastProfile, p: number, purse: Float64Array, rho: number, eta: number): typeof scan {
	const groups = fast.supporterGroupList;
	const utils = fast.supporterUtilityList;
	let money = 0;
	let moneyError = 0;
	let poorMoney = 0;
	let richUtility = 0;
	let f = 0;
	let err = 0;
	let sureRich = 0;
	let unsure = 0;
	let poorErr = 0;
	let poorCount = 0;
	/** Smallest (b − e)/u over the voters rich at ρ: how far ρ can climb before one turns poor. */
	let minRichRatio = Infinity;
	/** Σ w·min(b + e, ρ·u) and its slope in ρ: every budget at its upper end (see ruleOut). */
	let upF = 0;
	let upSlope = 0;
	const margin = 1 + eta;
	for (let k = fast.supporterStart[p], to = fast.supporterStart[p + 1]; k < to; k++) {
		const i = groups[k] * 3;
		const b = purse[i];
		const e = purse[i + 1];
		if (b === 0 && e === 0) continue; // exactly broke: pays nothing, knows no error
		const w = purse[i + 2];
		const u = utils[k];
		const x = rho * u;
		money += w * b;
		moneyError += w * e;
		if (b < x) {
			poorMoney += w * b;
			f += w * b;
			err += w * e;
			unsure++;
			poorErr += w * e;
			poorCount++;
			if (b + e < x) upF += w * (b + e);
			else { upF += w * x; upSlope += w * u; }
		} else {
			upF += w * x;
			upSlope += w * u;
			richUtility += w * u;
			const ratio = (b - e) / u;
			if (ratio < minRichRatio) minRichRatio = ratio;
			if (b - e >= x * margin) {
				f += w * x;
				sureRich += w * u;
			} else {
				f += w * x;
				err += w * e;
				unsure++;
			}
		}
	}
	scan.money = money;
	scan.moneyError = moneyError;
	scan.poorMoney = poorMoney;
	scan.richUtility = richUtility;
	scan.f = f;
	scan.err = err;
	scan.sureRich = sureRich;
	scan.unsure = unsure;
	scan.poorErr = poorErr;
	scan.poorCount = poorCount;
	scan.minRichRatio = minRichRatio;
	scan.upF = upF;
	scan.upSlope = upSlope;
	return scan;
}

/**
 * scanSupporters when every supporter gives p the same utility u (approval with cost or unit
 * utilities): the same sums, with weights added up and multiplied by u once. Weights and
 * utilities are integers whose products stay below 2^53, so richUtility and sureRich are the
 * same exact integers; f = poorMoney + x·(rich weight) has at most k + 3 roundings, within the
 * (k + 8)·ε allowance of boundRho.
 */
function scanUniform(fast: FastProfile, p: number, purse: Float64Array, rho: number, eta: number, u: number): typeof scan {
	const groups = fast.supporterGroupList;
	const x = rho * u;
	const sure = x * (1 + eta);
	const top = x * (1 + BAND);
	let listed = 0;
	let money = 0;
	let moneyError = 0;
	let poorMoney = 0;
	let poorErr = 0;
	let poorCount = 0;
	let richWeight = 0;
	let sureWeight = 0;
	let unsureErr = 0;
	let unsureCount = 0;
	let minRich = Infinity;
	let upPoorMoney = 0;
	let upRichWeight = 0;
	for (let k = fast.supporterStart[p], to = fast.supporterStart[p + 1]; k < to; k++) {
		const i = groups[k] * 3;
		const b = purse[i];
		const e = purse[i + 1];
		if (b === 0 && e === 0) continue;
		const w = purse[i + 2];
		money += w * b;
		moneyError += w * e;
		if (b < x) {
			poorMoney += w * b;
			poorErr += w * e;
			poorCount++;
			if (b + e < x) upPoorMoney += w * (b + e);
			else upRichWeight += w;
		} else {
			upRichWeight += w;
			richWeight += w;
			const margin = b - e;
			if (margin < minRich) minRich = margin;
			if (margin < top) {
				if (listed < BAND_SIZE) band.list[listed] = i;
				listed++;
			}
			if (margin >= sure) sureWeight += w;
			else {
				unsureErr += w * e;
				unsureCount++;
			}
		}
	}
	scan.money = money;
	scan.moneyError = moneyError;
	scan.poorMoney = poorMoney;
	scan.richUtility = richWeight * u;
	scan.f = poorMoney + x * richWeight;
	scan.err = poorErr + unsureErr;
	scan.sureRich = sureWeight * u;
	scan.unsure = poorCount + unsureCount;
	scan.poorErr = poorErr;
	scan.poorCount = poorCount;
	scan.minRichRatio = minRich / u;
	scan.upF = upPoorMoney + x * upRichWeight;
	scan.upSlope = upRichWeight * u;
	scan.richWeight = richWeight;
	band.count = listed <= BAND_SIZE ? listed : -1;
	band.top = top;
	return scan;
}

/**
 * Loose proven bounds lo < ρ* ≤ hi for p when boundRho finds none (typically no supporter is
 * surely rich, so its one-sided proof has nothing to stand on); hi is Infinity when not proven.
 *
 * With every budget at its upper end b + e, F(ρ) = Σ w·min(b + e, ρ·u) ≥ f(ρ) for the exact f,
 * so F(ρ) < cost proves ρ* > ρ (f is nondecreasing); with every budget at its lower end
 * max(0, b − e), the same sum is ≤ f(ρ), so reaching the cost proves ρ* ≤ ρ. Both are concave and
 * piecewise linear: Newton steps from below (from cost / total utility, where they are ≤ cost)
 * stay below each root and reach it; each candidate is checked with its rounding allowance.
 */
export function boundRhoLoosely(fast: FastProfile, p: number, purse: Float64Array): { lo: number; hi: number } {
	const cost = fast.cost[p];
	const rounding = (fast.supporterStart[p + 1] - fast.supporterStart[p] + 8) * EPS * 1.01;
	let lo = 0;
	let hi = Infinity;
	for (const side of [1, -1]) {
		let rho = cost / fast.totalUtility[p];
		for (let pass = 0; pass < 16; pass++) {
			const { f, money, richUtility } = sumAtEnds(fast, p, purse, rho, side);
			if (side > 0) {
				if (f * (1 + rounding) + 4 * EPS * cost >= cost) break;
				lo = rho;
			} else if (f * (1 - rounding) - 4 * EPS * cost >= cost) {
				hi = rho;
				break;
			}
			if (richUtility <= 0) break;
			const next = (cost - money) / richUtility;
			// Climb (F < cost below its root); once the steps stall, step just past the root.
			rho = next > rho * (1 + 1e-12) ? next * (side > 0 ? 1 - 1e-9 : 1) : rho * (1 + 1e-9);
		}
	}
	return { lo, hi };
}

/**
 * For a project whose ρ* boundRho could not bracket because its supporters' money may or may
 * not reach its cost (their budgets, within their errors, straddle it): a proven upper bound on
 * ρ* over the exact runs in which it IS affordable, and whether it surely is. If Σ w·b* ≥ cost,
 * f(ρ) = Σ w·min(b*, ρ·u) reaches Σ w·b* ≥ cost once ρ·u ≥ b* for every supporter, so
 * ρ* ≤ max (b + e)/u (rounded up). Near the affordability edge every supporter pays almost all
 * they have, so this bound sits just above the lower bound: add1's trial runs split there
 * (mes-fast-trial.ts) instead of giving up.
 */
export function boundIfAffordable(fast: FastProfile, p: number, purse: Float64Array): { hi: number; sure: boolean } {
	const groups = fast.supporterGroupList;
	const utils = fast.supporterUtilityList;
	const from = fast.supporterStart[p];
	const to = fast.supporterStart[p + 1];
	let hi = 0;
	let low = 0;
	for (let k = from; k < to; k++) {
		const i = groups[k] * 3;
		const up = (purse[i] + purse[i + 1]) / utils[k];
		if (up > hi) hi = up;
		low += purse[i + 2] * Math.max(0, purse[i] - purse[i + 1]);
	}
	const rounding = (to - from + 8) * EPS * 1.01;
	return { hi: hi * (1 + 4 * EPS), sure: low * (1 - rounding) >= fast.cost[p] };
}

/** F(ρ) with every budget at its upper end (side 1) or lower end (side −1), and its slope. */
function sumAtEnds(fast: FastProfile, p: number, purse: Float64Array, rho: number, side: number) {
	const groups = fast.supporterGroupList;
	const utils = fast.supporterUtilityList;
	let money = 0;
	let richUtility = 0;
	let f = 0;
	for (let k = fast.supporterStart[p], to = fast.supporterStart[p + 1]; k < to; k++) {
		const i = groups[k] * 3;
		const end = Math.max(0, purse[i] + side * purse[i + 1]);
		const w = purse[i + 2];
		const x = rho * utils[k];
		if (end < x) { money += w * end; f += w * end; }
		else { richUtility += w * utils[k]; f += w * x; }
	}
	return { f, money, richUtility };
}
