/**
 * add1: run MES with per-voter money B/n, then B/n + 1, B/n + 2, … (one currency unit per voter
 * per step) and keep the FIRST exhaustive outcome — or, when a step's outcome costs more than B,
 * the previous one. Each step is a full MES run; `runMes` is where speed comes from.
 */
import type { Profile } from '../profile';
import type { MesRunInput } from './mes-common';
import { fundFreeProjects } from './mes-common';
import { createOutcome, sumCosts, type RuleOutcome } from './outcome';

/** True when no supported, positive-cost, unfunded project fits the money left. */
export function isExhaustive(profile: Profile, selected: number[]): boolean {
	const chosen = new Set(selected);
	const left = profile.budget - sumCosts(selected, profile.costs);
	return profile.costs.every(
		(cost, p) =>
			chosen.has(p) || cost === 0n || profile.supporterGroups[p].length === 0 || cost > left
	);
}

export function runAdd1(
	profile: Profile,
	tieBreak: (a: number, b: number) => number,
	runMes: (profile: Profile, input: MesRunInput) => RuleOutcome
): RuleOutcome {
	const n = BigInt(profile.voterCount);
	let previous = createOutcome();
	fundFreeProjects(profile, previous);
	previous.perVoterBudget = Number(profile.budget) / profile.voterCount;
	let runs = 0;
	let exactRuns = 0;
	for (let step = 0n; ; step++) {
		const num = profile.budget + step * profile.unit * n;
		const outcome = runMes(profile, { perVoter: { num, den: n }, tieBreak });
		runs++;
		exactRuns += outcome.exactRuns ?? 0;
		outcome.perVoterBudget = Number(num) / profile.voterCount;
		if (sumCosts(outcome.selected, profile.costs) > profile.budget) {
			return { ...previous, runs, exactRuns };
		}
		if (isExhaustive(profile, outcome.selected)) return { ...outcome, runs, exactRuns };
		previous = outcome;
	}
}
