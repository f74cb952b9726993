/** The state of a certified fast MES run and the payment step that updates it. */
import { boundRho, boundRhoLoosely, UNAFFORDABLE } from './mes-fast-rho';
import { readInitialOrder, type FastProfile } from './mes-fast-profile';
import type { RuleOutcome } from './outcome';

const EPS = 2 ** -52;

export type FastState = ReturnType<typeof createFastState>;

/**
 * `eager` keeps every project's supporters' money up to date after each payment, so drops are
 * recorded in the round they happen (for explanations). Without it a project is only found
 * unaffordable when it is next evaluated: the same winners, less work per payment.
 */
export function createFastState(fast: FastProfile, start: number, startError: number, eager: boolean) {
	const G = fast.weight.length;
	const m = fast.cost.length;
	const state = {
		fast,
		/** [budget, error bound, weight] per group. */
		purse: new Float64Array(G * 3),
		available: new Float64Array(m),
		availableError: new Float64Array(m),
		initial: new Float64Array(m),
		updates: new Float64Array(m),
		remaining: new Uint8Array(m),
		/**
		 * Projects that may still be in the race (chooseWinner drops the rest): in index order for
		 * eager runs, by lower bound for trial runs (mes-fast-order.ts).
		 */
		alive: eager ? Int32Array.from({ length: m }, (_, p) => p) : readInitialOrder(fast).slice(),
		aliveCount: m,
		/** 1: rho, hi, exact and richUtility hold for the current budgets; 2: only `lower` does. */
		valid: new Uint8Array(m),
		exact: new Uint8Array(m),
		lower: new Float64Array(m),
		rho: new Float64Array(m),
		hi: new Float64Array(m),
		richUtility: new Float64Array(m),
		eager,
		/** Projects bought together in one round (see isIndependentGroup). */
		group: [] as number[],
		stamp: new Int32Array(m),
		/**
		 * Bounds ρ* of p from the current budgets; false when no proof is found. `loose`: then
		 * settle for the loose bounds of boundRhoLoosely, or a proven lower bound only (valid 2),
		 * which may still rule p out of the round. `above`: a lower bound at or above it is enough
		 * (p cannot win the round), found in one pass where it holds.
		 */
		evaluate(p: number, round: number, outcome: RuleOutcome, loose = false, above = Infinity): boolean {
			const bounds = boundRho(fast, p, state.purse, Math.max(state.lower[p], state.rho[p]), above);
			if (bounds === UNAFFORDABLE) {
				state.remaining[p] = 0;
				// Trial runs keep only the funded list (and do not keep `available` up to date).
				if (eager) outcome.unfunded.set(p, { reason: 'dropped', round, moneyLeft: state.available[p] });
				return true;
			}
			if (!bounds && loose) {
				// Wide but proven: it may still be ruled out, or be bought in a branch of its own.
				const { lo, hi } = boundRhoLoosely(fast, p, state.purse);
				state.lower[p] = Math.max(state.lower[p], lo);
				state.valid[p] = hi < Infinity ? 1 : 2;
				state.hi[p] = hi;
				state.rho[p] = (state.lower[p] + hi) / 2;
				state.exact[p] = 0;
				state.richUtility[p] = 0;
				return true;
			}
			if (!bounds) return false;
			if (bounds.hi === Infinity) {
				// Proven out of this round (ρ* above `above`): still stale, with a better lower bound.
				state.lower[p] = Math.max(state.lower[p], bounds.lo);
				return true;
			}
			state.rho[p] = bounds.rho;
			state.hi[p] = bounds.hi;
			state.lower[p] = Math.max(state.lower[p], bounds.lo);
			state.exact[p] = bounds.exact ? 1 : 0;
			state.richUtility[p] = bounds.richUtility;
			state.valid[p] = 1;
			return true;
		},
		compareExact(a: number, b: number, tieBreak: (a: number, b: number) => number): number {
			const left = BigInt(fast.cost[a]) * BigInt(state.richUtility[b]);
			const right = BigInt(fast.cost[b]) * BigInt(state.richUtility[a]);
			return left < right ? -1 : left > right ? 1 : tieBreak(a, b);
		},
		/** Drops projects whose supporters provably cannot pay; unclear ones stay (see below). */
		checkAffordable(round: number, outcome: RuleOutcome, p = -1): void {
			for (let q = p < 0 ? 0 : p; q < (p < 0 ? m : p + 1); q++) {
				if (!state.remaining[q]) continue;
				const slack = state.availableError[q] * 1.01 + (state.updates[q] + 4) * 4 * EPS * state.initial[q];
				// Not provably either way: keep it. If it really cannot be paid it can never win (a
				// winner's proof ρ* ≤ hi implies its supporters can pay); if it can, it must lose
				// the proof like any other contender. Only its drop round stays unknown.
				if (state.available[q] >= fast.cost[q] - slack) continue;
				state.remaining[q] = 0;
				outcome.unfunded.set(q, { reason: 'dropped', round, moneyLeft: state.available[q] });
			}
		}
	};
	fillFastState(state, start, startError);
	return state;
}

const pool = new WeakMap<FastProfile, FastState>();

/**
 * A non-eager state for a run that keeps nothing of it once it returns (add1 makes hundreds of
 * runs: one set of arrays per profile, refilled, instead of new ones per run). Branches of a
 * trial run are copies (mes-fast-branch.ts), never this one.
 */
export function reuseFastState(fast: FastProfile, start: number, startError: number): FastState {
	const kept = pool.get(fast);
	if (!kept) {
		const state = createFastState(fast, start, startError, false);
		pool.set(fast, state);
		return state;
	}
	for (const key of ['updates', 'remaining', 'valid', 'exact', 'rho', 'hi', 'richUtility', 'stamp'] as const) kept[key].fill(0);
	kept.alive.set(readInitialOrder(fast));
	kept.aliveCount = fast.cost.length;
	kept.group.length = 0;
	fillFastState(kept, start, startError, false);
	return kept;
}

/**
 * Every voter starts with `start` (within startError); first bounds from it. The weights are
 * written once: a reused state (or a copy of one) still holds them.
 */
function fillFastState(state: FastState, start: number, startError: number, withWeights = true): void {
	const { fast, purse } = state;
	for (let g = 0; g < fast.weight.length; g++) {
		purse[3 * g] = start;
		purse[3 * g + 1] = startError;
	}
	if (withWeights) for (let g = 0; g < fast.weight.length; g++) purse[3 * g + 2] = fast.weight[g];
	for (let p = 0; p < fast.cost.length; p++) {
		state.available[p] = fast.totalWeight[p] * start;
		state.initial[p] = state.available[p];
		state.availableError[p] = fast.totalWeight[p] * startError * 1.01;
		state.lower[p] = (fast.cost[p] / fast.totalUtility[p]) * (1 - 4 * EPS);
	}
}

/** Supporters of p pay min(b, ρ·u); errors grow by the width of ρ's proven interval. */
export function payShares(state: FastState, p: number, round: number, outcome: RuleOutcome): void {
	const { fast, purse, available, availableError, updates, valid } = state;
	const rho = state.rho[p];
	const lo = state.lower[p];
	const spread = Math.max(state.hi[p] - rho, rho - lo);
	if (!state.eager) {
		payWithoutRecords(fast, purse, p, rho, lo, spread);
		state.remaining[p] = 0;
		for (let j = fast.neighbourStart[p]; j < fast.neighbourStart[p + 1]; j++) valid[fast.neighbourList[j]] = 0;
		outcome.selected.push(p);
		return;
	}
	let payers = 0;
	let minShare = Infinity;
	let maxShare = 0;
	for (let k = fast.supporterStart[p]; k < fast.supporterStart[p + 1]; k++) {
		const g = fast.supporterGroupList[k];
		const u = fast.supporterUtilityList[k];
		const i = g * 3;
		const b = purse[i];
		const e = purse[i + 1];
		if (b === 0 && e === 0) continue;
		const share = rho * u;
		let paid = Math.min(b, share);
		let newError = e + spread * u + 4 * EPS * (b + share);
		// Surely poor: in exact arithmetic too this voter pays everything, leaving exactly 0.
		if (b + e < lo * u * (1 - 4 * EPS)) { paid = b; newError = 0; }
		purse[i] = b - paid > 0 ? b - paid : 0;
		const grown = newError - e;
		purse[i + 1] = newError;
		const w = fast.weight[g];
		if (state.eager) {
			for (let j = fast.groupStart[g]; j < fast.groupStart[g + 1]; j++) {
				const q = fast.groupProjectList[j];
				available[q] -= w * paid;
				if (grown > 0) availableError[q] += w * grown * (1 + 1e-9);
				updates[q]++;
			}
		}
		if (paid > 0) {
			payers += fast.people[g];
			minShare = Math.min(minShare, paid);
			maxShare = Math.max(maxShare, paid);
		}
	}
	state.remaining[p] = 0;
	// Only projects sharing a supporter with p can have a new ρ or have become unaffordable.
	for (let j = fast.neighbourStart[p]; j < fast.neighbourStart[p + 1]; j++) {
		const q = fast.neighbourList[j];
		valid[q] = 0;
		if (state.eager) state.checkAffordable(round + 1, outcome, q);
	}
	outcome.selected.push(p);
	// Trial runs only need the funded list (add1 reruns the step it keeps, eagerly).
	if (state.eager) outcome.funded.set(p, { round, payers, minShare: payers ? minShare : 0, maxShare, effectiveVotes: maxShare > 0 ? fast.cost[p] / maxShare : 0, stage: 'rule' });
}

/**
 * payShares for runs that record nothing but the funded list (add1's trial steps): the same
 * budgets and errors, without the projects' money or the payers' statistics.
 */
function payWithoutRecords(fast: FastProfile, purse: Float64Array, p: number, rho: number, lo: number, spread: number): void {
	const groups = fast.supporterGroupList;
	const utils = fast.supporterUtilityList;
	for (let k = fast.supporterStart[p], to = fast.supporterStart[p + 1]; k < to; k++) {
		const i = groups[k] * 3;
		const b = purse[i];
		const e = purse[i + 1];
		if (b === 0 && e === 0) continue;
		const u = utils[k];
		const share = rho * u;
		// Surely poor: pays everything, leaving exactly 0 (as in payShares).
		if (b + e < lo * u * (1 - 4 * EPS)) {
			purse[i] = 0;
			purse[i + 1] = 0;
			continue;
		}
		// b − min(b, share), never below 0.
		purse[i] = b > share ? b - share : 0;
		purse[i + 1] = e + spread * u + 4 * EPS * (b + share);
	}
}
