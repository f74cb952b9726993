import { describe, expect, it } from 'vitest';
import { parsePhaseSettings } from '$lib/validation/phase-settings';
import { checkBallotFeasible } from './check-ballot-feasible';

const knapsack = (percent: number) => parsePhaseSettings('test', { ballotType: 'knapsack', knapsackMinSpendPercent: percent });
const approval = (min: number) => parsePhaseSettings('test', { ballotType: 'approval', approvalMinChoices: min });
const ballot = (proposalCount: number, totalCostMinor: number, budgetMinor: number) => ({ proposalCount, totalCostMinor, budgetMinor });

describe('whether every resident could fill in the ballot', () => {
	it('refuses a knapsack minimum spend above what all the proposals cost, naming the largest percent possible', () => {
		// £6,000 of proposals for a £10,000 pot: a ballot can spend at most 60% of it.
		expect(checkBallotFeasible(knapsack(75), [ballot(3, 600_000, 1_000_000)])).toEqual({
			feasible: false,
			field: 'knapsackMinSpendPercent',
			code: 'min_spend_impossible',
			params: { largestPercent: 60 }
		});
		expect(checkBallotFeasible(knapsack(60), [ballot(3, 600_000, 1_000_000)])).toEqual({ feasible: true });
	});

	it('judges a cycle with pots by its tightest pot', () => {
		const pots = [ballot(4, 900_000, 1_000_000), ballot(2, 250_000, 500_000)];
		expect(checkBallotFeasible(knapsack(60), pots)).toMatchObject({ feasible: false, params: { largestPercent: 50 } });
		expect(checkBallotFeasible(knapsack(50), pots)).toEqual({ feasible: true });
	});

	it('allows any minimum when the proposals cost more than the pot', () => {
		expect(checkBallotFeasible(knapsack(100), [ballot(5, 3_000_000, 1_000_000)])).toEqual({ feasible: true });
	});

	it('counts the pence the way the ballot does (rounding the minimum down)', () => {
		// 33% of £1.01 is 33.33p, which the ballot asks as 33p: a 33p proposal is enough.
		expect(checkBallotFeasible(knapsack(33), [ballot(1, 33, 101)])).toEqual({ feasible: true });
		expect(checkBallotFeasible(knapsack(34), [ballot(1, 33, 101)])).toMatchObject({ feasible: false, params: { largestPercent: 33 } });
	});

	it('refuses an approval minimum above the number of proposals, naming that number', () => {
		expect(checkBallotFeasible(approval(4), [ballot(3, 10, 10), ballot(5, 10, 10)])).toEqual({
			feasible: false,
			field: 'approvalMinChoices',
			code: 'min_choices_impossible',
			params: { proposals: 3 }
		});
		expect(checkBallotFeasible(approval(3), [ballot(3, 10, 10)])).toEqual({ feasible: true });
	});

	it('cannot tell yet when nothing is on the ballot, and does not refuse', () => {
		expect(checkBallotFeasible(knapsack(90), [ballot(0, 0, 1_000_000)])).toEqual({ feasible: 'not_yet_known' });
		expect(checkBallotFeasible(approval(9), [])).toEqual({ feasible: 'not_yet_known' });
	});

	it('leaves out a pot nobody has put proposals in yet', () => {
		expect(checkBallotFeasible(approval(2), [ballot(0, 0, 500), ballot(2, 10, 500)])).toEqual({ feasible: true });
	});

	it('has nothing to check for cumulative and ranked ballots', () => {
		const cumulative = parsePhaseSettings('test', { ballotType: 'cumulative', approvalMinChoices: 50, knapsackMinSpendPercent: 100 });
		expect(checkBallotFeasible(cumulative, [ballot(1, 1, 1_000)])).toEqual({ feasible: true });
	});
});
