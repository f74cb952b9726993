/**
 * Voter weights: a voter of weight w counts as w voters. Weight 1 everywhere is today's count,
 * only the ratios matter, whole weights give the count of the election with each ballot repeated,
 * and a group whose weight is raised never ends up with less.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Election } from './election';
import { DATA_DIR, readReferenceRows } from './fixtures';
import { readPabulibFile } from './pabulib/read-file';
import { isApproval } from './election';
import type { Completion, Rule, TieBreak } from './options';
import { tallyElection } from './tally';
import { TallyError } from './tally-error';
import { arbitraryElection } from './testing/arbitrary';
import { drawWeights, repeatBallots, withWeights } from './testing/weighted';
import { parseWeight, scaleWeights } from './weights';

const RUNS = { numRuns: Number(process.env.TALLY_PROPERTY_RUNS ?? 300) };
const tieBreaks: TieBreak[] = ['lexico', 'min-cost-then-votes'];

/** Every rule and completion the engine has that applies to the election. */
function rulesFor(election: Election): [Rule, Completion][] {
	const rules: [Rule, Completion][] = [
		['greedy', 'none'],
		['mes', 'none'],
		['mes', 'add1'],
		['mes', 'add1-greedy'],
		['mes-card', 'add1'],
		['mes-costpts', 'none']
	];
	if (isApproval(election.voteType)) rules.push(['phragmen', 'none']);
	return rules;
}

const arbitraryWeights = (choices: number[]) => fc.array(fc.constantFrom(...choices), { minLength: 14, maxLength: 14 });

describe('weights on generated elections', () => {
	it('weight 1 on every voter is exactly the unweighted count, explanations included', () => {
		fc.assert(
			fc.property(arbitraryElection(), fc.constantFrom(...tieBreaks), (election, tieBreak) => {
				const ones = withWeights(election, election.voters.map(() => 1));
				for (const [rule, completion] of rulesFor(election)) {
					expect(tallyElection(ones, { rule, completion, tieBreak })).toEqual(tallyElection(election, { rule, completion, tieBreak }));
				}
			}),
			RUNS
		);
	});

	// Amounts are explained per weight 1, and a voter of weight 1 does have half the money once
	// everyone else's weight has doubled: what must not change is what is funded, when and why.
	it('doubling every weight changes nothing funded, nor when or why', () => {
		const why = (result: ReturnType<typeof tallyElection>) => ({
			selected: result.selected,
			spent: result.spent,
			explanations: result.explanations.map((e) => [e.project, e.status, 'reason' in e ? e.reason : e.stage, 'round' in e ? e.round : null, e.supporters, 'payers' in e ? e.payers : null])
		});
		fc.assert(
			fc.property(arbitraryElection(), arbitraryWeights([0.25, 0.5, 1, 1.5, 2, 2.75, 3]), fc.constantFrom(...tieBreaks), (election, weights, tieBreak) => {
				const weighted = withWeights(election, weights);
				const doubled = withWeights(election, weights.map((w) => w * 2));
				for (const [rule, completion] of rulesFor(election)) {
					expect(why(tallyElection(doubled, { rule, completion, tieBreak }))).toEqual(why(tallyElection(weighted, { rule, completion, tieBreak })));
				}
			}),
			RUNS
		);
	});

	it('whole weights fund what the unweighted count funds with each ballot repeated weight times', () => {
		fc.assert(
			fc.property(arbitraryElection(), arbitraryWeights([1, 2, 3]), fc.constantFrom(...tieBreaks), (election, weights, tieBreak) => {
				const weighted = withWeights(election, weights);
				const repeated = repeatBallots(weighted);
				for (const [rule, completion] of rulesFor(election)) {
					const a = tallyElection(weighted, { rule, completion, tieBreak });
					const b = tallyElection(repeated, { rule, completion, tieBreak });
					expect(a.selected).toEqual(b.selected);
					expect(a.spent).toBe(b.spent);
				}
			}),
			RUNS
		);
	});

	it('decimal weights fund what their whole-number multiples fund (×100)', () => {
		fc.assert(
			fc.property(arbitraryElection(), arbitraryWeights([1, 1.5, 2, 0.75]), (election, weights) => {
				const a = withWeights(election, weights);
				const b = withWeights(election, weights.map((w) => Math.round(w * 100)));
				for (const [rule, completion] of rulesFor(election)) {
					expect(tallyElection(a, { rule, completion }).selected).toEqual(tallyElection(b, { rule, completion }).selected);
				}
			}),
			RUNS
		);
	});
});

/**
 * Two groups of three neighbours, each approving its own two projects of 30 from a budget of 100.
 * Equal weights: each group's 50 buys one project, the 20 each has left buys nothing more.
 */
function twoGroups(weightA: number): Election {
	const voters = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'].map((id) => ({
		id,
		choices: id.startsWith('a') ? [0, 1] : [2, 3],
		extra: [],
		weight: id.startsWith('a') ? weightA : 1
	}));
	return {
		meta: [['budget', '100'], ['vote_type', 'approval']],
		voteType: 'approval',
		budget: 100n,
		decimals: 0,
		projects: ['A1', 'A2', 'B1', 'B2'].map((id) => ({ id, cost: 30n, extra: [] })),
		voters,
		projectColumns: [],
		voteColumns: []
	};
}

describe('raising a group’s weight, in an exact two-group example', () => {
	const groupA = (selected: string[]) => selected.filter((id) => id.startsWith('A')).sort();
	const cases: [Rule, Completion][] = [['mes', 'none'], ['mes', 'add1'], ['mes', 'add1-greedy'], ['greedy', 'none'], ['phragmen', 'none']];

	it('Equal Shares: weight 1 funds one project each; 1.5 gives group A exactly 60, enough for both of its own', () => {
		expect(tallyElection(twoGroups(1), { rule: 'mes', tieBreak: 'lexico' }).selected.sort()).toEqual(['A1', 'B1']);
		expect(tallyElection(twoGroups(1.5), { rule: 'mes', tieBreak: 'lexico' }).selected.sort()).toEqual(['A1', 'A2', 'B1']);
		expect(tallyElection(twoGroups(2), { rule: 'mes', tieBreak: 'lexico' }).selected.sort()).toEqual(['A1', 'A2', 'B1']);
		expect(tallyElection(twoGroups(3), { rule: 'mes', tieBreak: 'lexico' }).selected.sort()).toEqual(['A1', 'A2']);
	});

	it.each(cases)('%s %s never gives group A fewer of its projects as its weight rises', (rule, completion) => {
		let before = -1;
		for (const weight of [0.5, 1, 1.25, 1.5, 2, 2.5, 3, 4]) {
			const funded = groupA(tallyElection(twoGroups(weight), { rule, completion, tieBreak: 'lexico' }).selected).length;
			expect(funded).toBeGreaterThanOrEqual(before);
			before = funded;
		}
	});

	it('explanations count people and speak per weight 1', () => {
		const result = tallyElection(twoGroups(2), { rule: 'mes', tieBreak: 'lexico' });
		const a1 = result.explanations.find((e) => e.project === 'A1');
		expect(a1).toMatchObject({ status: 'funded', supporters: 3, payers: 3, support: 6, minShare: 5, maxShare: 5 });
	});
});

/*
 * The same check on real elections, weights in {1, 2, 3} drawn per voter: the smaller reference
 * files here (the whole set, Warszawa and Wrocław included: bench/tally/weights-check.ts).
 */
describe('whole weights on the smaller reference elections equal their ballots repeated', () => {
	const rows = readReferenceRows().filter((row) => row.voters <= 2000);
	it.each([...new Set(rows.map((row) => row.file))])('%s', async (file) => {
		const election = await readPabulibFile(DATA_DIR + file);
		const weighted = withWeights(election, drawWeights(election.voters.length, [1, 2, 3], 21));
		const repeated = repeatBallots(weighted);
		for (const row of rows.filter((r) => r.file === file)) {
			const options = { rule: row.rule, completion: row.completion, ordinalUtility: row.ordinalUtility, tieBreak: 'lexico' as const };
			expect(tallyElection(weighted, options).selected, `${row.rule} ${row.completion}`).toEqual(tallyElection(repeated, options).selected);
		}
	});
});

describe('reading weights', () => {
	it('accepts positive numbers with at most two decimals', () => {
		expect(['1', '1.5', '2', '0.25', '1,5', '10.00'].map(parseWeight)).toEqual([1, 1.5, 2, 0.25, 1.5, 10]);
		expect(['0', '0.00', '-1', '1.234', 'x', '', '1e2', '1001'].map(parseWeight)).toEqual([null, null, null, null, null, null, null, null]);
	});

	it('reduces to the smallest whole numbers in the same ratio', () => {
		const voters = [1, 1.5, 2].map((weight, i) => ({ id: String(i), choices: [], extra: [], weight }));
		expect(scaleWeights(voters)).toEqual({ units: [2, 3, 4], perWeightOne: 2 });
		expect(scaleWeights(voters.map((v) => ({ ...v, weight: 3 })))).toBeNull();
	});

	it('refuses a weight the count cannot hold exactly', () => {
		const election = withWeights(twoGroups(1), [1, 1, 1, 1, 1, 1.005]);
		expect(() => tallyElection(election, { rule: 'greedy' })).toThrow(TallyError);
		expect(() => tallyElection(withWeights(twoGroups(1), [1, 1, 1, 1, 1, 0]), { rule: 'greedy' })).toThrow(/bad_weight/);
	});
});

describe('drawWeights', () => {
	it('is repeatable', () => {
		expect(drawWeights(5, [1, 2, 3], 7)).toEqual(drawWeights(5, [1, 2, 3], 7));
	});
});
