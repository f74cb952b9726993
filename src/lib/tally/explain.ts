/**
 * Explanations as plain data — codes and numbers, no sentences — so the results page can phrase
 * them in any language. Money is in currency units (minor units ÷ 10^decimals).
 *
 * In a weighted count `supporters` and `payers` count people, while shares, effective votes and
 * support are per weight 1: a share is what a voter of weight 1 paid (one of weight 1.5 paid 1.5
 * times it), support and effective votes count a vote of weight 1.5 as 1.5 votes.
 */
import type { Election } from './election';
import type { Profile } from './profile';
import type { RuleOutcome } from './rules/outcome';

/**
 * Every explanation also carries `support`: the ballots' own value for the project, summed —
 * approvals, points, or a ranked ballot's points under the ordinal utility used (what "most votes"
 * orders by). Counts stored before it was added lack it.
 */
export type ProjectExplanation = { support?: number } & (
	| {
			project: string;
			status: 'funded';
			cost: number;
			round: number;
			stage: 'rule' | 'greedy_fill';
			supporters: number;
			payers: number;
			minShare: number;
			maxShare: number;
			effectiveVotes: number;
	  }
	| {
			project: string;
			status: 'unfunded';
			cost: number;
			supporters: number;
			reason: 'dropped';
			round: number;
			moneyLeft: number;
			shortfall: number;
	  }
	| { project: string; status: 'unfunded'; cost: number; supporters: number; reason: 'did_not_fit'; moneyLeft: number }
	/** Phragmén stops at the first project it picks that does not fit: those left after it, even ones that would fit. */
	| { project: string; status: 'unfunded'; cost: number; supporters: number; reason: 'stopped'; moneyLeft: number }
	| { project: string; status: 'unfunded'; cost: number; supporters: number; reason: 'no_support' }
);

export function explainOutcome(election: Election, profile: Profile, outcome: RuleOutcome): ProjectExplanation[] {
	const unit = 10 ** election.decimals;
	// Rounded to the currency's own minor unit, and never coarser than hundredths (a share of a
	// whole-unit budget still reads "6.67").
	const places = 10 ** Math.max(2, election.decimals);
	const money = (minor: number) => Math.round((minor / unit) * places) / places;
	// The rules work in units of weight; a person reads "a vote of weight 1" (profile.ts).
	const perOne = profile.perWeightOne;
	const votes = (units: number) => Math.round((units / perOne) * 100) / 100;
	return profile.ids.map((project, p) => {
		const cost = money(Number(profile.costs[p]));
		const supporters = profile.supporterPeople[p];
		const support = perOne === 1 ? profile.support[p] : votes(profile.support[p]);
		const funded = outcome.funded.get(p);
		if (funded) {
			return {
				project,
				status: 'funded',
				cost,
				support,
				round: funded.round,
				stage: funded.stage,
				supporters,
				payers: funded.payers,
				minShare: money(funded.minShare * perOne),
				maxShare: money(funded.maxShare * perOne),
				effectiveVotes: votes(funded.effectiveVotes)
			};
		}
		const unfunded = outcome.unfunded.get(p);
		if (supporters === 0 || !unfunded || unfunded.reason === 'no_support') {
			return { project, status: 'unfunded', cost, supporters, support, reason: 'no_support' };
		}
		if (unfunded.reason === 'dropped') {
			const moneyLeft = money(unfunded.moneyLeft);
			return {
				project,
				status: 'unfunded',
				cost,
				supporters,
				support,
				reason: 'dropped',
				round: unfunded.round,
				moneyLeft,
				shortfall: Math.round((cost - moneyLeft) * places) / places
			};
		}
		return { project, status: 'unfunded', cost, supporters, support, reason: unfunded.reason, moneyLeft: money(unfunded.moneyLeft) };
	});
}
