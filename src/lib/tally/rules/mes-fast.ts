/**
 * The Method of Equal Shares in doubles, certified. Each group's budget b carries a proven bound
 * e on its distance from the exact budget; every decision (is p affordable? which ρ is smallest?)
 * is taken only when the bounds prove it, else the run returns null and the caller reruns it in
 * exact arithmetic (`mes-exact.ts`). So floats speed the count up but never decide it.
 *
 * Work is reused inside a run: a project none of whose supporters paid in a round keeps its ρ
 * bounds, so each round only re-evaluates projects touched by the last payment.
 */
import type { Profile } from '../profile';
import { readFastProfile } from './mes-fast-profile';
import { fundFreeProjects, type MesRunInput } from './mes-common';
import { createOutcome, type RuleOutcome } from './outcome';
import { createFastState, payShares, reuseFastState, type FastState } from './mes-fast-pay';
import { chooseTrialWinner, isBetter } from './mes-fast-order';

const EPS = 2 ** -52;

/**
 * `radius` (minor units) widens each voter's starting money to an interval: a non-null outcome is
 * then proven to be THE outcome for every starting amount in [start − radius, start + radius],
 * because the same error bounds that absorb rounding absorb that spread. add1 uses it to cover
 * many steps with one run.
 */
export function runMesFast(profile: Profile, input: MesRunInput, radius = 0, eager = true): RuleOutcome | null {
	const fast = readFastProfile(profile);
	if (!fast || !Number.isSafeInteger(Number(input.perVoter.num))) return null;
	const start = Number(input.perVoter.num) / Number(input.perVoter.den);
	const outcome = createOutcome();
	const error = radius * (1 + 4 * EPS) + start * 4 * EPS;
	const state = eager ? createFastState(fast, start, error, true) : reuseFastState(fast, start, error);
	for (const p of fundFreeProjects(profile, outcome, input.tieBreak)) state.remaining[p] = 1;
	state.checkAffordable(1, outcome);
	const m = fast.cost.length;
	for (let round = 1; ; round++) {
		const best = chooseWinner(state, m, input.tieBreak, round, outcome);
		if (best === -2 || best === -4 || best === -5) return null;
		if (best === -1) return outcome;
		if (best === -3) for (const p of [...state.group]) payShares(state, p, round, outcome);
		else payShares(state, best, round, outcome);
	}
}

/**
 * The proven winner of this round; -1 when nothing is left, -2 when no proof was found. Trial
 * (non-eager) runs go to chooseTrialWinner (mes-fast-order.ts), which may also answer -3 (the
 * proven group state.group is bought), -4 (state.group holds every possible winner but
 * neither their order nor their independence is proven) or -5 (a project only bounded from
 * below may win: no proof).
 */
function chooseWinner(
	state: FastState,
	m: number,
	tieBreak: (a: number, b: number) => number,
	round: number,
	outcome: RuleOutcome
): number {
	if (!state.eager) return chooseTrialWinner(state, tieBreak, round, outcome, (trial) => isIndependentGroup(trial, m));
	const { remaining, valid, lower, rho, hi, alive } = state;
	// Only projects still in the race, in index order (so every loop visits them as before).
	let count = 0;
	for (let i = 0; i < state.aliveCount; i++) if (remaining[alive[i]]) alive[count++] = alive[i];
	state.aliveCount = count;
	let best = -1;
	for (let i = 0; i < count; i++) {
		const p = alive[i];
		if (remaining[p] && valid[p] && (best < 0 || isBetter(rho, p, best, tieBreak))) best = p;
	}
	// Evaluate stale projects that might still beat the best; repeat if the best moved.
	for (let changed = true; changed; ) {
		changed = false;
		for (let i = 0; i < count; i++) {
			const p = alive[i];
			if (!remaining[p] || valid[p] || (best >= 0 && lower[p] >= hi[best])) continue;
			if (!state.evaluate(p, round, outcome)) return -2;
			if (remaining[p] && (best < 0 || isBetter(rho, p, best, tieBreak))) { best = p; changed = true; }
		}
	}
	if (best < 0) return -1;
	// Proof: every other contender's ρ* is strictly above best's hi, or all close contenders
	// have exactly known ρ* = cost/R and integers (then the tie-break) settle it.
	const bound = hi[best];
	let winner = best;
	let allExact = true;
	state.group.length = 0;
	for (let i = 0; i < count; i++) {
		const p = alive[i];
		if (!remaining[p] || p === best || lower[p] >= bound) continue;
		state.group.push(p);
		if (!state.exact[p] || !state.exact[best]) allExact = false;
		else if (state.compareExact(p, winner, tieBreak) < 0) winner = p;
	}
	if (allExact) return winner;
	state.group.push(best);
	return -2;
}

/**
 * Close contenders whose order cannot be proven may still be bought as a group when no two share
 * a supporter: paying one then leaves the others' ρ* unchanged while every outsider's only grows,
 * so all of them are bought next, in some order, leaving the same budgets. The SET is proven,
 * not the order — enough for add1's trial steps (the kept step is rerun on its own).
 */
export function isIndependentGroup(state: FastState, m: number): boolean {
	const { group, remaining, lower, hi, stamp, fast } = state;
	let top = 0;
	for (const p of group) top = Math.max(top, hi[p]);
	for (let q = 0; q < m; q++) if (remaining[q] && lower[q] < top && !group.includes(q)) return false;
	for (const p of group) {
		for (let j = fast.neighbourStart[p]; j < fast.neighbourStart[p + 1]; j++) stamp[fast.neighbourList[j]] = p + 1;
		for (const q of group) if (q !== p && stamp[q] === p + 1) return false;
	}
	return true;
}

