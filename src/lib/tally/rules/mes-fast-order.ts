/**
 * The round's winner for add1's trial steps (non-eager runs), reading only the close contenders.
 *
 * `state.alive` is kept sorted by each project's lower bound on ρ* (gone projects are skipped
 * and compacted away). Every step of the search only cares about projects whose lower bound is
 * below the best's upper bound hi — a project above it provably loses — so each loop stops at
 * the first such project instead of visiting all of them: most rounds read a handful of
 * projects instead of ~200. The decisions are the proofs of mes-fast.ts (same bounds, same
 * tests); only which stale projects get re-evaluated, and in what order, may differ, and that
 * never changes a proven winner.
 */
import type { FastState } from './mes-fast-pay';
import type { RuleOutcome } from './outcome';

/**
 * As chooseWinner in mes-fast.ts for non-eager runs: the proven winner, -1 when nothing is left,
 * -3 when the proven group state.group is bought, -4 when state.group holds every possible
 * winner but neither their order nor their independence is proven. A stale project whose ρ*
 * gets no proven interval is given a proven lower bound instead (valid 2): no proof is needed
 * for it when that bound rules it out of the round; when it does not, -5 with that project alone
 * in state.group (where there is no proof: trial runs split on its affordability, single runs
 * go exact).
 */
export function chooseTrialWinner(
	state: FastState,
	tieBreak: (a: number, b: number) => number,
	round: number,
	outcome: RuleOutcome,
	isIndependentGroup: (state: FastState) => boolean
): number {
	const { remaining, valid, lower, rho, hi, alive } = state;
	let best = -1;
	for (let settled = false; !settled; ) {
		// The best proven ρ among projects that could still matter (lower ≤ the best's hi). Gone
		// projects are dropped from the part read (the rest keeps them until it is read: a gone
		// project keeps its place in the order, so every loop may stop where it stops now).
		let kept = 0;
		let i = 0;
		for (; i < state.aliveCount; i++) {
			const p = alive[i];
			if (!remaining[p]) continue;
			if (best >= 0 && lower[p] > hi[best]) break;
			alive[kept++] = p;
			if (valid[p] === 1 && (best < 0 || isBetter(rho, p, best, tieBreak))) best = p;
		}
		if (kept < i) {
			alive.copyWithin(kept, i, state.aliveCount);
			state.aliveCount -= i - kept;
		}
		// Stale projects that might beat it, the lowest lower bound first (the first stale one in
		// order): evaluating the likely winner early lets its hi rule the rest out unread.
		settled = true;
		for (let i = 0; i < state.aliveCount; i++) {
			const p = alive[i];
			if (best >= 0 && lower[p] >= hi[best]) break;
			if (!remaining[p] || valid[p]) continue;
			state.evaluate(p, round, outcome, true, best >= 0 ? hi[best] : Infinity);
			if (remaining[p]) {
				reposition(state, i);
				if (valid[p] === 1 && (best < 0 || isBetter(rho, p, best, tieBreak))) best = p;
			}
			// Its lower bound moved: start again from the front, and look for the best again
			// (a new best may have a wider hi that lets more projects in).
			settled = false;
			break;
		}
	}
	// No best: every project left is known only from below (valid 2); the lowest may win.
	if (best < 0) {
		state.group.length = 0;
		for (let i = 0; i < state.aliveCount && state.group.length === 0; i++) if (remaining[alive[i]]) state.group.push(alive[i]);
		return state.group.length > 0 ? -5 : -1;
	}
	// Proof: as in mes-fast.ts, over the projects whose lower bound is below best's hi.
	const bound = hi[best];
	let winner = best;
	let allExact = true;
	state.group.length = 0;
	for (let i = 0; i < state.aliveCount; i++) {
		const p = alive[i];
		if (lower[p] >= bound) break;
		if (!remaining[p] || p === best) continue;
		if (valid[p] !== 1) {
			state.group.length = 0;
			state.group.push(p);
			return -5;
		}
		state.group.push(p);
		if (!state.exact[p] || !state.exact[best]) allExact = false;
		else if (state.compareExact(p, winner, tieBreak) < 0) winner = p;
	}
	if (allExact) return winner;
	state.group.push(best);
	return isIndependentGroup(state) ? -3 : -4;
}

/** p has the smaller ρ estimate, or the same and wins the tie-break. */
export function isBetter(rho: Float64Array, p: number, best: number, tieBreak: (a: number, b: number) => number): boolean {
	return rho[p] < rho[best] || (rho[p] === rho[best] && tieBreak(p, best) < 0);
}

/** alive[i]'s lower bound grew: move it right to its place (lower bounds only grow). */
function reposition(state: FastState, i: number): void {
	const { alive, lower } = state;
	const p = alive[i];
	const value = lower[p];
	while (i + 1 < state.aliveCount && lower[alive[i + 1]] < value) {
		alive[i] = alive[i + 1];
		i++;
	}
	alive[i] = p;
}
