/**
 * Branch states for add1's trial runs: copies taken from a per-profile pool (a budget array is
 * 1.2 MB on Warszawa 2026: copying into a kept one costs no garbage), and the hull of two
 * branches that have bought the same SET in different orders.
 *
 * Why a hull is sound: a state stands for every exact run it covers — each group's exact budget
 * lies within [b − e, b + e] and each project's exact ρ* above its lower bound. Widening b ± e to
 * cover both branches' intervals, and keeping the smaller lower bound, gives a state that covers
 * every exact run either branch covered. Both bought the same projects, so the same projects are
 * still in the race (a project dropped in one branch only stays: an unaffordable project can
 * never pass a winner's proof). Every later decision is proven for the hull, hence for both.
 */
import type { FastProfile } from './mes-fast-profile';
import { createFastState, type FastState } from './mes-fast-pay';

const EPS = 2 ** -52;

const spares = new WeakMap<FastProfile, FastState[]>();

/**
 * A copy of `state` in `into`, or in a pooled non-eager state (give it back with
 * returnBranches).
 */
export function copyBranch(state: FastState, into?: FastState): FastState {
	const copy = into ?? spares.get(state.fast)?.pop() ?? createFastState(state.fast, 0, 0, false);
	copy.purse.set(state.purse);
	for (const key of ['remaining', 'valid', 'exact', 'lower', 'rho', 'hi', 'richUtility', 'alive'] as const) {
		(copy[key] as Float64Array | Uint8Array | Int32Array).set(state[key]);
	}
	copy.aliveCount = state.aliveCount;
	copy.group.length = 0;
	return copy;
}

/** Puts copies back in the pool once the trial run that made them is over. */
export function returnBranches(fast: FastProfile, states: FastState[]): void {
	let pool = spares.get(fast);
	if (!pool) spares.set(fast, (pool = []));
	pool.push(...states);
}

/** `into` becomes the hull of itself and `other` (both bought the same set of projects). */
export function mergeBranch(into: FastState, other: FastState): void {
	const a = into.purse;
	const b = other.purse;
	for (let i = 0; i < a.length; i += 3) {
		const b1 = a[i];
		const e1 = a[i + 1];
		const b2 = b[i];
		const e2 = b[i + 1];
		if (b1 === b2) {
			if (e2 > e1) a[i + 1] = e2;
			continue;
		}
		// Hull [lo, hi] of both intervals, its centre c and half-width; every float operation
		// here is off by at most EPS relative, which the last term covers with room to spare.
		const lo = Math.min(b1 - e1, b2 - e2);
		const hi = Math.max(b1 + e1, b2 + e2);
		const c = Math.max(0, (lo + hi) / 2);
		a[i] = c;
		a[i + 1] = Math.max(hi - c, c - lo) * (1 + 4 * EPS) + 8 * EPS * Math.max(Math.abs(lo), hi);
	}
	// into's order, without its gone projects; those `other` still has are appended below.
	const { alive, remaining, lower } = into;
	let count = 0;
	for (let i = 0; i < into.aliveCount; i++) if (remaining[alive[i]]) alive[count++] = alive[i];
	const m = into.fast.cost.length;
	for (let p = 0; p < m; p++) {
		if (!remaining[p] && !other.remaining[p]) continue;
		// Both bought the same projects, so a project is remaining in one and not the other only
		// when one branch found it unaffordable: keep it (see the header).
		if (!remaining[p]) { remaining[p] = 1; alive[count++] = p; }
		const same =
			into.valid[p] === 1 && other.valid[p] === 1 && into.rho[p] === other.rho[p] && into.hi[p] === other.hi[p] && lower[p] === other.lower[p] &&
			into.exact[p] === other.exact[p] && into.richUtility[p] === other.richUtility[p];
		if (!same) {
			into.valid[p] = 0;
			lower[p] = Math.min(lower[p], other.lower[p]);
		}
	}
	into.aliveCount = count;
	sortAlive(alive, count, lower);
}

/**
 * The projects still in the race by lower bound, then index (what chooseTrialWinner reads).
 * Insertion sort: the list was in order before the merge, and only the few projects whose lower
 * bound fell, or that came back, move (a sort with a comparator made a boxed number per call,
 * most of add1's garbage on Toulouse 2022).
 */
function sortAlive(alive: Int32Array, count: number, lower: Float64Array): void {
	for (let i = 1; i < count; i++) {
		const p = alive[i];
		const key = Number.isNaN(lower[p]) ? Infinity : lower[p];
		let j = i - 1;
		for (; j >= 0; j--) {
			const q = alive[j];
			const other = Number.isNaN(lower[q]) ? Infinity : lower[q];
			if (other < key || (other === key && q < p)) break;
			alive[j + 1] = q;
		}
		alive[j + 1] = p;
	}
}
