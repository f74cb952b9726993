/**
 * add1's trial runs: every funded SET that MES can reach from any starting amount in
 * [start − radius, start + radius], or null when that cannot be proven within the branch limit.
 *
 * Where the order of close contenders (state.group) cannot be proven, each of them is tried as
 * the next purchase in its own branch: for every starting amount the exact winner is one of them
 * (outsiders' ρ* are provably larger) and its branch, whose bounds hold for every amount in the
 * range, covers that amount's continuation. So the list is a superset of the outcomes.
 *
 * Branches advance one round at a time, side by side, and two that have bought the same set
 * (typically A then B against B then A) are merged into one state covering both
 * (mes-fast-branch.ts). Near-ties between projects that share supporters are common — on
 * Toulouse 2022 the order of purchases changes 664 times over add1's 1618 steps, the set only 56
 * times — so without merging the branches multiply; with it they mostly close up again.
 *
 * A project that may win the round but whose ρ* has no upper bound — its supporters' money
 * straddles its cost, so it is affordable for some starting amounts and not for others — splits
 * the branch in two: one where it is unaffordable (dropped; MES never buys it) and one where it
 * is affordable, with the bound of boundIfAffordable (mes-fast-rho.ts). Both cover their own
 * runs, so the list stays a superset. Without the split such a project ends the trial run: on
 * Toulouse 2022 all 45 steps that no block could cross were of this kind.
 */
import type { Profile } from '../profile';
import { readStart, type MesRunInput } from './mes-common';
import { readFastProfile } from './mes-fast-profile';
import { payShares, reuseFastState, type FastState } from './mes-fast-pay';
import { chooseTrialWinner } from './mes-fast-order';
import { copyBranch, mergeBranch, returnBranches } from './mes-fast-branch';
import { isIndependentGroup } from './mes-fast';
import { createOutcome, type RuleOutcome } from './outcome';
import { boundIfAffordable } from './mes-fast-rho';

const EPS = 2 ** -52;

interface Branch {
	state: FastState;
	outcome: RuleOutcome;
}

/**
 * `branches` bounds the number of copies made; `live` the branches alive at once (each one
 * costs a round's work).
 */
export function runMesFastTrial(profile: Profile, input: MesRunInput, radius: number, branches = 16, live = 6): number[][] | null {
	const fast = readFastProfile(profile);
	if (!fast || !Number.isSafeInteger(Number(input.perVoter.num))) return null;
	const start = Number(input.perVoter.num) / Number(input.perVoter.den);
	const outcome = createOutcome();
	const state = reuseFastState(fast, start, radius * (1 + 4 * EPS) + start * 4 * EPS);
	const { free, rest } = readStart(profile, input.tieBreak);
	outcome.selected.push(...free);
	for (const p of rest) state.remaining[p] = 1;
	state.checkAffordable(1, outcome);
	const made: FastState[] = [];
	const leaves: number[][] = [];
	const ok = explore({ state, outcome }, input.tieBreak, leaves, { copies: branches, live, made });
	returnBranches(fast, made);
	return ok ? leaves : null;
}

function explore(
	root: Branch,
	tieBreak: (a: number, b: number) => number,
	leaves: number[][],
	limits: { copies: number; live: number; made: FastState[] }
): boolean {
	const m = root.state.fast.cost.length;
	const isIndependent = (state: FastState) => isIndependentGroup(state, m);
	/** Copies no longer in use this run (merged away or finished), reused before new ones. */
	const free: FastState[] = [];
	const copy = (state: FastState): FastState => {
		const spare = free.pop();
		if (spare) return copyBranch(state, spare);
		const made = copyBranch(state);
		limits.made.push(made);
		return made;
	};
	const retire = (state: FastState) => state !== root.state && free.push(state);
	let branches = [root];
	// The next round's branches (two lists swapped each round: no garbage per round).
	let next: Branch[] = [];
	for (let round = 1; branches.length > 0; round++) {
		next.length = 0;
		// By index: a split on affordability adds a branch that still has this round to play.
		for (let i = 0; i < branches.length; i++) {
			const branch = branches[i];
			const { state, outcome } = branch;
			const best = chooseTrialWinner(state, tieBreak, round, outcome, isIndependent);
			if (best === -5) {
				const p = state.group[0];
				const { hi, sure } = boundIfAffordable(state.fast, p, state.purse);
				if (!sure && hi >= state.lower[p]) {
					if (limits.copies-- <= 0) return false;
					const split = { state: copy(state), outcome: { ...outcome, selected: [...outcome.selected] } };
					split.state.remaining[p] = 0;
					branches.push(split);
				}
				// Below: the runs in which p is affordable (none when hi < its lower bound).
				if (hi < state.lower[p]) state.remaining[p] = 0;
				else { state.valid[p] = 1; state.hi[p] = hi; state.rho[p] = (state.lower[p] + hi) / 2; state.exact[p] = 0; state.richUtility[p] = 0; }
				i--;
			} else if (best === -1) {
				leaves.push(outcome.selected);
				retire(state);
			} else if (best === -4) {
				const group = [...state.group];
				for (const p of group) {
					const last = p === group[group.length - 1];
					if (!last && limits.copies-- <= 0) return false;
					const split = last ? branch : { state: copy(state), outcome: { ...outcome, selected: [...outcome.selected] } };
					payShares(split.state, p, round, split.outcome);
					next.push(split);
				}
			} else {
				if (best === -3) for (const p of [...state.group]) payShares(state, p, round, outcome);
				else payShares(state, best, round, outcome);
				next.push(branch);
			}
		}
		const done = branches;
		branches = next.length > 1 ? mergeSameSets(next, retire) : next;
		next = done;
		if (branches.length > limits.live) return false;
	}
	return true;
}

/** Merges branches that have bought the same set; the merged-away states are retired. */
function mergeSameSets(branches: Branch[], retire: (state: FastState) => void): Branch[] {
	const kept: Branch[] = [];
	for (const branch of branches) {
		const twin = kept.find((other) => isSameSet(other.outcome.selected, branch.outcome.selected));
		if (!twin) kept.push(branch);
		else {
			mergeBranch(twin.state, branch.state);
			retire(branch.state);
		}
	}
	return kept;
}

/** Per project, the call of isSameSet that last saw it (a fresh mark per call: never cleared). */
let seen = new Float64Array(0);
let marks = 0;

/** Whether two lists of distinct projects hold the same ones. */
function isSameSet(a: number[], b: number[]): boolean {
	if (a.length !== b.length) return false;
	const mark = ++marks;
	for (const p of a) {
		if (p >= seen.length) seen = Float64Array.from({ length: 2 * p + 2 }, (_, q) => seen[q] ?? 0);
		seen[p] = mark;
	}
	for (const p of b) if (!(seen[p] === mark)) return false;
	return true;
}
