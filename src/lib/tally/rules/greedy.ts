/**
 * Greedy: projects by total support (approvers, points or ordinal utility), highest first; fund
 * each that still fits and skip the others — it does not stop at the first that does not fit.
 * Unsupported projects come last and are funded too if money remains, as in the reference.
 */
import type { Profile } from '../profile';
import { createOutcome, sumCosts, type RuleOutcome } from './outcome';

export function runGreedy(
	profile: Profile,
	tieBreak: (a: number, b: number) => number,
	start: RuleOutcome = createOutcome(),
	stage: 'rule' | 'greedy_fill' = 'rule'
): RuleOutcome {
	const outcome: RuleOutcome = {
		...start,
		selected: [...start.selected],
		funded: new Map(start.funded),
		unfunded: new Map(start.unfunded)
	};
	const chosen = new Set(outcome.selected);
	const order = profile.ids
		.map((_, p) => p)
		.filter((p) => !chosen.has(p))
		.sort((a, b) => profile.support[b] - profile.support[a] || tieBreak(a, b));
	let left = profile.budget - sumCosts(outcome.selected, profile.costs);
	let round = outcome.selected.length;
	for (const p of order) {
		const cost = profile.costs[p];
		if (cost > left) {
			if (!outcome.unfunded.has(p)) {
				outcome.unfunded.set(p, { reason: 'did_not_fit', moneyLeft: Number(left) });
			}
			continue;
		}
		left -= cost;
		outcome.selected.push(p);
		outcome.unfunded.delete(p);
		outcome.funded.set(p, {
			round: ++round,
			payers: 0,
			minShare: 0,
			maxShare: 0,
			effectiveVotes: profile.support[p],
			stage
		});
	}
	return outcome;
}
