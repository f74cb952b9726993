import { describe, expect, it } from 'vitest';
import { parsePhaseSettings } from '$lib/validation/phase-settings';
import { canSpendBetween, checkBallotFeasible } from './check-ballot-feasible';

const knapsack = (percent: number) => parsePhaseSettings('test', { ballotType: 'knapsack', knapsackMinSpendPercent: percent });
const approval = (min: number) => parsePhaseSettings('test', { ballotType: 'approval', approvalMinChoices: min });
const ballot = (costsMinor: number[], budgetMinor: number) => ({ costsMinor, budgetMinor });

describe('whether every resident could fill in the ballot', () => {
	it('refuses a knapsack minimum spend above what all the proposals cost, naming the largest percent possible', () => {
		// £6,000 of proposals for a £10,000 pot: a ballot can spend at most 60% of it.
		expect(checkBallotFeasible(knapsack(75), [ballot([100_000, 200_000, 300_000], 1_000_000)])).toEqual({
			feasible: false,
			field: 'knapsackMinSpendPercent',
			code: 'min_spend_impossible',
			params: { largestPercent: 60 }
		});
		expect(checkBallotFeasible(knapsack(60), [ballot([100_000, 200_000, 300_000], 1_000_000)])).toEqual({ feasible: true });
	});

	it('judges a cycle with pots by its tightest pot', () => {
		const pots = [ballot([100_000, 200_000, 300_000, 300_000], 1_000_000), ballot([100_000, 150_000], 500_000)];
		expect(checkBallotFeasible(knapsack(60), pots)).toMatchObject({ feasible: false, params: { largestPercent: 50 } });
		expect(checkBallotFeasible(knapsack(50), pots)).toEqual({ feasible: true });
	});

	it('allows any minimum when the proposals cost more than the pot', () => {
		expect(checkBallotFeasible(knapsack(100), [ballot([600_000, 600_000, 600_000, 600_000, 400_000], 1_000_000)])).toEqual({ feasible: true });
	});

	it('counts the pence the way the ballot does (rounding the minimum down)', () => {
		// 33% of £1.01 is 33.33p, which the ballot asks as 33p: a 33p proposal is enough.
		expect(checkBallotFeasible(knapsack(33), [ballot([33], 101)])).toEqual({ feasible: true });
		expect(checkBallotFeasible(knapsack(34), [ballot([33], 101)])).toMatchObject({ feasible: false, params: { largestPercent: 33 } });
	});

	it('refuses an approval minimum above the number of proposals, naming that number', () => {
		expect(checkBallotFeasible(approval(4), [ballot([1, 2, 3], 10), ballot([1, 1, 1, 1, 1], 10)])).toEqual({
			feasible: false,
			field: 'approvalMinChoices',
			code: 'min_choices_impossible',
			params: { proposals: 3 }
		});
		expect(checkBallotFeasible(approval(3), [ballot([1, 2, 3], 10)])).toEqual({ feasible: true });
	});

	it('cannot tell yet when nothing is on the ballot, and does not refuse', () => {
		expect(checkBallotFeasible(knapsack(90), [ballot([], 1_000_000)])).toEqual({ feasible: 'not_yet_known' });
		expect(checkBallotFeasible(approval(9), [])).toEqual({ feasible: 'not_yet_known' });
	});

	it('leaves out a pot nobody has put proposals in yet', () => {
		expect(checkBallotFeasible(approval(2), [ballot([], 500), ballot([5, 5], 500)])).toEqual({ feasible: true });
	});

	it('has nothing to check for cumulative and ranked ballots', () => {
		const cumulative = parsePhaseSettings('test', { ballotType: 'cumulative', approvalMinChoices: 50, knapsackMinSpendPercent: 100 });
		expect(checkBallotFeasible(cumulative, [ballot([1], 1_000)])).toEqual({ feasible: true });
	});
	it('refuses a knapsack minimum no choice of proposals can meet without going over the money, though they cost enough together', () => {
		// Two £6,000 proposals for £10,000: one spends 60%, both spend 120% (over the pot). 70% is out of reach.
		expect(checkBallotFeasible(knapsack(70), [ballot([600_000, 600_000], 1_000_000)])).toEqual({
			feasible: false,
			field: 'knapsackMinSpendPercent',
			code: 'min_spend_impossible',
			params: { largestPercent: 60 }
		});
		expect(checkBallotFeasible(knapsack(60), [ballot([600_000, 600_000], 1_000_000)])).toEqual({ feasible: true });
		// £9,000 + £5,000 + £4,000 for £10,000: £9,000 alone is the best (90%); £5,000 + £4,000 is 90% too.
		expect(checkBallotFeasible(knapsack(91), [ballot([900_000, 500_000, 400_000], 1_000_000)])).toMatchObject({ params: { largestPercent: 90 } });
	});

	it('refuses a knapsack ballot where every proposal costs more than the money, whatever the minimum', () => {
		expect(checkBallotFeasible(knapsack(0), [ballot([1_200_000, 1_500_000], 1_000_000)])).toEqual({ feasible: false, field: 'ballotType', code: 'nothing_fits', params: {} });
		expect(checkBallotFeasible(knapsack(0), [ballot([900_000], 1_000_000), ballot([400_000], 0)])).toMatchObject({ code: 'nothing_fits' });
		expect(checkBallotFeasible(approval(1), [ballot([1_200_000], 1_000_000)])).toEqual({ feasible: true });
	});

	it('lets an approval maximum, a ranked top or a points total exceed what the ballot holds: a voter can still send one mark', () => {
		const wide = parsePhaseSettings('test', { ballotType: 'approval', approvalMinChoices: 2, approvalMaxChoices: 50 });
		expect(checkBallotFeasible(wide, [ballot([1, 2], 10)])).toEqual({ feasible: true });
		const ranked = parsePhaseSettings('test', { ballotType: 'ranked', rankedTop: 50 });
		expect(checkBallotFeasible(ranked, [ballot([1], 10)])).toEqual({ feasible: true });
		// 100 points, at most 10 a project, 2 projects: 20 points can be given, and a ballot need not spend them all.
		const points = parsePhaseSettings('test', { ballotType: 'cumulative', cumulativePoints: 100, cumulativeMaxPerProject: 10 });
		expect(checkBallotFeasible(points, [ballot([1, 2], 10)])).toEqual({ feasible: true });
	});
});

describe('whether some proposals cost between two sums together', () => {
	it('finds a combination of dear proposals, and fills the rest with cheap ones', () => {
		expect(canSpendBetween([700, 600, 500], 1_100, 1_150)).toBe(true); // 600 + 500
		expect(canSpendBetween([700, 600, 450], 1_200, 1_250)).toBe(false); // 1,150 or 1,300, never between
		expect(canSpendBetween([900, 10, 10, 10, 10, 10], 940, 945)).toBe(true); // 900 + four tens
		expect(canSpendBetween([2_000], 0, 1_000)).toBe(false);
	});

	it('answers quickly for a hundred proposals of awkward costs', () => {
		const costs = Array.from({ length: 100 }, (_, i) => 100_003 + i * 7_919);
		const started = performance.now();
		canSpendBetween(costs, 9_999_990, 9_999_999);
		expect(performance.now() - started).toBeLessThan(2_000);
	});
});
