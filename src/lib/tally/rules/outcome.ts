/**
 * What a rule run records, in minor units, for the explanations. Amounts that come out of MES
 * are rationals; they are carried here as numbers because they only explain, never decide.
 */

export interface FundedRecord {
	/** 1-based round in which the project was chosen (0: free projects, funded up front). */
	round: number;
	/** Voters who paid something. */
	payers: number;
	/** Smallest and largest amount one voter paid, minor units. */
	minShare: number;
	maxShare: number;
	/** cost ÷ the largest share: how many full shares the project needed. */
	effectiveVotes: number;
	/** Which stage funded it: the rule itself, or the greedy fill of add1-greedy. */
	stage: 'rule' | 'greedy_fill';
}

export type UnfundedRecord =
	| { reason: 'dropped'; round: number; moneyLeft: number }
	| { reason: 'did_not_fit'; moneyLeft: number }
	/** Phragmén only: it fitted, but the count had stopped at a project that did not. */
	| { reason: 'stopped'; moneyLeft: number }
	| { reason: 'no_support' };

export interface RuleOutcome {
	/** Funded project indices in the order they were chosen. */
	selected: number[];
	funded: Map<number, FundedRecord>;
	unfunded: Map<number, UnfundedRecord>;
	/** add1: the per-voter money (minor units) of the run that was kept. */
	perVoterBudget?: number;
	/** Number of MES runs (add1 steps) and how many needed exact arithmetic. */
	runs?: number;
	exactRuns?: number;
}

export function createOutcome(): RuleOutcome {
	return { selected: [], funded: new Map(), unfunded: new Map() };
}

/** Total cost of the selected projects. */
export function sumCosts(selected: Iterable<number>, costs: bigint[]): bigint {
	let total = 0n;
	for (const p of selected) total += costs[p];
	return total;
}
