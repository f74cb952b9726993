/**
 * The engine's entry point: an election and a place's choices in, the funded projects, the money
 * and an explanation per project out.
 */
import type { Election } from './election';
import { isApproval } from './election';
import { explainOutcome, type ProjectExplanation } from './explain';
import type { TallyOptions } from './options';
import { buildProfile, type UtilityScale } from './profile';
import { runAdd1 } from './rules/completion';
import { runGreedy } from './rules/greedy';
import { runMes } from './rules/mes';
import { fundFreeProjects } from './rules/mes-common';
import { createOutcome, sumCosts, type RuleOutcome } from './rules/outcome';
import { runPhragmen } from './rules/phragmen';
import { makeTieBreak } from './tiebreak';
import { TallyError } from './tally-error';

export interface TallyResult {
	/** Funded project ids, in the order they were chosen. */
	selected: string[];
	/** Money spent and left, minor units (exact). */
	spent: bigint;
	left: bigint;
	explanations: ProjectExplanation[];
	/** add1: each voter's money in the run that was kept, in currency units (explanatory); in a
	 * weighted count, the money of a voter of weight 1. */
	perVoterBudget?: number;
	/** add1: MES runs made, and how many needed exact arithmetic. */
	runs?: number;
	exactRuns?: number;
}

function chooseScale(election: Election, rule: TallyOptions['rule']): UtilityScale {
	if (rule === 'mes-card' || rule === 'phragmen') return 'one';
	if (rule === 'mes-costpts') return 'support-cost';
	if (rule === 'mes' && isApproval(election.voteType)) return 'cost';
	return 'support';
}

export function tallyElection(election: Election, options: TallyOptions): TallyResult {
	const { rule, completion = 'none', ordinalUtility = 'borda', tieBreak = 'min-cost-then-votes' } = options;
	if (rule === 'phragmen' && !isApproval(election.voteType)) {
		throw new TallyError('rule_needs_approval', `phragmen needs approval ballots, not ${election.voteType}`);
	}
	if (completion !== 'none' && !rule.startsWith('mes')) {
		throw new TallyError('completion_needs_mes', `completion ${completion} only applies to MES rules`);
	}
	const profile = buildProfile(election, chooseScale(election, rule), ordinalUtility);
	const tie = makeTieBreak(tieBreak, profile);
	let outcome: RuleOutcome;
	if (rule === 'greedy') outcome = runGreedy(profile, tie);
	else if (rule === 'phragmen') outcome = runPhragmen(profile, tie);
	else if (completion === 'none') {
		const n = BigInt(profile.voterCount);
		outcome = profile.voterCount === 0 ? withFreeProjects(profile, tie) : runMes(profile, { perVoter: { num: profile.budget, den: n }, tieBreak: tie });
	} else {
		outcome = profile.voterCount === 0 ? withFreeProjects(profile, tie) : runAdd1(profile, tie, options.add1);
		if (completion === 'add1-greedy') {
			// Greedy fills by the ballots' own support, whatever utility MES used.
			const supportProfile = buildProfile(election, 'support', ordinalUtility);
			outcome = runGreedy(supportProfile, makeTieBreak(tieBreak, supportProfile), outcome, 'greedy_fill');
		}
	}
	const spent = sumCosts(outcome.selected, profile.costs);
	return {
		selected: outcome.selected.map((p) => profile.ids[p]),
		spent,
		left: profile.budget - spent,
		explanations: explainOutcome(election, profile, outcome),
		perVoterBudget:
			outcome.perVoterBudget === undefined
				? undefined
				: Math.round(((outcome.perVoterBudget * profile.perWeightOne) / 10 ** election.decimals) * 10 ** Math.max(2, election.decimals)) / 10 ** Math.max(2, election.decimals),
		runs: outcome.runs,
		exactRuns: outcome.exactRuns
	};
}

function withFreeProjects(profile: ReturnType<typeof buildProfile>, tie: (a: number, b: number) => number): RuleOutcome {
	const outcome = createOutcome();
	fundFreeProjects(profile, outcome, tie);
	return outcome;
}
