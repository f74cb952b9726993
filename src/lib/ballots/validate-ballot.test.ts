import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BallotRules } from './ballot-rules';
import { ballotFieldName, readBallotForm } from './read-ballot-form';
import { summarizeBallot } from './summarize-ballot';
import { validateBallot, type BallotProject } from './validate-ballot';

const projects: BallotProject[] = [
	{ id: 'bench', costMinor: 150_000 },
	{ id: 'garden', costMinor: 400_000 },
	{ id: 'lights', costMinor: 250_000 },
	{ id: 'mural', costMinor: 90_000 }
];

describe('approval ballots', () => {
	const rules: BallotRules = { type: 'approval', minChoices: 1, maxChoices: 2 };

	it('accept ticks within the limits, in the ballot’s project order', () => {
		expect(validateBallot(rules, projects, { type: 'approval', selected: ['mural', 'bench'] })).toEqual({ ok: true, ballot: { choices: ['bench', 'mural'] } });
	});

	it('say how many are too many, and that nothing was chosen', () => {
		expect(validateBallot(rules, projects, { type: 'approval', selected: ['mural', 'bench', 'garden'] })).toEqual({ ok: false, problems: [{ code: 'too_many', max: 2, chosen: 3 }] });
		expect(validateBallot(rules, projects, { type: 'approval', selected: [] })).toEqual({ ok: false, problems: [{ code: 'nothing_chosen' }] });
	});

	it('count a project ticked twice once', () => {
		expect(validateBallot(rules, projects, { type: 'approval', selected: ['bench', 'bench'] })).toEqual({ ok: true, ballot: { choices: ['bench'] } });
	});

	it('refuse a project that is not on this ballot', () => {
		expect(validateBallot(rules, projects, { type: 'approval', selected: ['bench', 'swimming-pool'] })).toEqual({ ok: false, problems: [{ code: 'unknown_project' }] });
	});

	it('ask for a minimum number when the place set one', () => {
		const atLeastThree: BallotRules = { type: 'approval', minChoices: 3, maxChoices: null };
		expect(validateBallot(atLeastThree, projects, { type: 'approval', selected: ['bench'] })).toEqual({ ok: false, problems: [{ code: 'too_few', min: 3, chosen: 1 }] });
	});
});

describe('knapsack ballots', () => {
	const rules: BallotRules = { type: 'knapsack', budgetMinor: 500_000, minSpendMinor: 200_000 };

	it('accept projects whose costs fit the pot', () => {
		expect(validateBallot(rules, projects, { type: 'knapsack', selected: ['garden', 'mural'] })).toEqual({ ok: true, ballot: { choices: ['garden', 'mural'] } });
	});

	it('say by how much a ballot is over the pot', () => {
		expect(validateBallot(rules, projects, { type: 'knapsack', selected: ['garden', 'lights'] })).toEqual({
			ok: false,
			problems: [{ code: 'over_budget', budgetMinor: 500_000, spentMinor: 650_000, overMinor: 150_000 }]
		});
	});

	it('say how much more to spend when the place asks for a minimum share', () => {
		expect(validateBallot(rules, projects, { type: 'knapsack', selected: ['mural'] })).toEqual({
			ok: false,
			problems: [{ code: 'under_min_spend', minSpendMinor: 200_000, spentMinor: 90_000, shortMinor: 110_000 }]
		});
	});
});

describe('cumulative ballots', () => {
	const rules: BallotRules = { type: 'cumulative', points: 10, maxPerProject: 5 };

	it('accept points within the total and the per-project cap, listing points beside choices', () => {
		expect(validateBallot(rules, projects, { type: 'cumulative', points: { mural: 5, bench: 3, garden: 0 } })).toEqual({ ok: true, ballot: { choices: ['bench', 'mural'], points: [3, 5] } });
	});

	it('list every problem at once', () => {
		const check = validateBallot(rules, projects, { type: 'cumulative', points: { bench: 6, garden: 5, lights: 1.5 } });
		expect(check).toEqual({
			ok: false,
			problems: [{ code: 'points_per_project_over', projectId: 'bench', max: 5, given: 6 }, { code: 'points_not_whole', projectId: 'lights' }, { code: 'points_over', points: 10, used: 11 }]
		});
	});
});

describe('ranked ballots', () => {
	const rules: BallotRules = { type: 'ranked', top: 3 };

	it('accept ranks 1..n and return the projects most wanted first', () => {
		expect(validateBallot(rules, projects, { type: 'ranked', ranks: { lights: 2, mural: 1 } })).toEqual({ ok: true, ballot: { choices: ['mural', 'lights'] } });
	});

	it('name a rank given twice, a missing rank and one beyond the limit', () => {
		expect(validateBallot(rules, projects, { type: 'ranked', ranks: { bench: 1, garden: 1, lights: 3 } })).toEqual({ ok: false, problems: [{ code: 'rank_duplicate', rank: 1 }, { code: 'rank_gap', missing: 2 }] });
		expect(validateBallot(rules, projects, { type: 'ranked', ranks: { bench: 4 } })).toEqual({ ok: false, problems: [{ code: 'rank_out_of_range', projectId: 'bench', top: 3 }] });
	});
});

describe('the ballot form (all there is without JavaScript)', () => {
	it('reads ticks, points and ranks by their field names, skipping empty fields', () => {
		expect(readBallotForm('approval', [['choice', 'bench'], ['choice', 'mural'], ['other', 'x']]).marks).toEqual({ type: 'approval', selected: ['bench', 'mural'] });
		expect(readBallotForm('cumulative', [[ballotFieldName.points('bench'), ' 3 '], [ballotFieldName.points('garden'), ''], [ballotFieldName.points('mural'), '0']]).marks).toEqual({ type: 'cumulative', points: { bench: 3 } });
		expect(readBallotForm('ranked', [[ballotFieldName.rank('lights'), '1'], [ballotFieldName.rank('bench'), '']]).marks).toEqual({ type: 'ranked', ranks: { lights: 1 } });
	});

	it('reports text that is not a whole number instead of guessing', () => {
		expect(readBallotForm('cumulative', [[ballotFieldName.points('bench'), 'three']]).problems).toEqual([{ code: 'points_not_whole', projectId: 'bench' }]);
		expect(readBallotForm('ranked', [[ballotFieldName.rank('bench'), '-1']]).problems).toEqual([{ code: 'rank_not_whole', projectId: 'bench' }]);
	});

	it('sums money and points for the meter', () => {
		expect(summarizeBallot({ type: 'knapsack', budgetMinor: 500_000, minSpendMinor: 0 }, projects, { type: 'knapsack', selected: ['bench', 'mural', 'unknown'] })).toMatchObject({ chosen: 2, spentMinor: 240_000, leftMinor: 260_000 });
		expect(summarizeBallot({ type: 'cumulative', points: 10, maxPerProject: 10 }, projects, { type: 'cumulative', points: { bench: 4, mural: 2 } })).toMatchObject({ chosen: 2, pointsUsed: 6, pointsLeft: 4 });
	});
});

describe('properties over generated pots and ballots', () => {
	const pot = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,8}$/), costMinor: fc.integer({ min: 0, max: 1_000_000 }) }), { selector: (p) => p.id, minLength: 1, maxLength: 12 });

	it('an accepted knapsack ballot never costs more than the pot, nor less than the minimum', () => {
		fc.assert(
			fc.property(pot, fc.integer({ min: 0, max: 3_000_000 }), fc.integer({ min: 0, max: 100 }), fc.array(fc.nat()), (projects, budget, percent, picks) => {
				const rules: BallotRules = { type: 'knapsack', budgetMinor: budget, minSpendMinor: Math.floor((budget * percent) / 100) };
				const selected = picks.map((i) => projects[i % projects.length].id);
				const check = validateBallot(rules, projects, { type: 'knapsack', selected });
				const spent = new Set(selected).size ? [...new Set(selected)].reduce((sum, id) => sum + projects.find((p) => p.id === id)!.costMinor, 0) : 0;
				expect(check.ok).toBe(selected.length > 0 && spent <= budget && spent >= rules.minSpendMinor);
			})
		);
	});

	it('an accepted cumulative ballot stays within its points, and the order of marks does not matter', () => {
		fc.assert(
			fc.property(pot, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 25 }))), (projects, total, cap, marks) => {
				const points = Object.fromEntries(marks.map(([i, n]) => [projects[i % projects.length].id, n]));
				const reversed = Object.fromEntries(Object.entries(points).reverse());
				const rules: BallotRules = { type: 'cumulative', points: total, maxPerProject: Math.min(cap, total) };
				const check = validateBallot(rules, projects, { type: 'cumulative', points });
				expect(validateBallot(rules, projects, { type: 'cumulative', points: reversed })).toEqual(check);
				if (check.ok) {
					expect(check.ballot.points!.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(total);
					expect(Math.max(...check.ballot.points!)).toBeLessThanOrEqual(rules.maxPerProject);
					expect(new Set(check.ballot.choices).size).toBe(check.ballot.choices.length);
				}
			})
		);
	});

	it('a ballot read back from its own form fields is accepted as the same ballot', () => {
		fc.assert(
			fc.property(pot, fc.integer({ min: 1, max: 12 }), fc.array(fc.nat(), { minLength: 1 }), (projects, top, picks) => {
				const ranking = [...new Set(picks.map((i) => projects[i % projects.length].id))].slice(0, top);
				const fields: [string, string][] = projects.map((p) => [ballotFieldName.rank(p.id), ranking.includes(p.id) ? String(ranking.indexOf(p.id) + 1) : '']);
				const { marks, problems } = readBallotForm('ranked', fields);
				expect(problems).toEqual([]);
				expect(validateBallot({ type: 'ranked', top }, projects, marks)).toEqual({ ok: true, ballot: { choices: ranking } });
			})
		);
	});
});
