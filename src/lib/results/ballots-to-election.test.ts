import { describe, expect, it } from 'vitest';
import { parsePabulib, tallyElection, writePabulib } from '../tally';
import { ballotsToElection, shuffled, tallyOptionsFor, type PotVote } from './ballots-to-election';

const proposals = [
	{ id: 'p-skate', number: 1, title: 'Skate park; on the green', costMinor: 2_650_000 },
	{ id: 'p-surf', number: 2, title: 'Surf sessions', costMinor: 590_000 },
	{ id: 'p-jobs', number: 3, title: 'Summer jobs', costMinor: 960_000 }
];
const vote = (ballots: PotVote['ballots'], ballotType: PotVote['ballotType'] = 'approval', rule: PotVote['rule'] = 'mes'): PotVote => ({
	description: "St Elwyn's, Outdoors",
	unit: "St Elwyn's",
	instance: '2026',
	currency: 'GBP',
	language: 'en',
	ballotType,
	budgetMinor: 2_800_000,
	proposals,
	ballots,
	rule
});

describe('a pot’s ballots as an election', () => {
	it('counts approval ballots with the place’s rule, by proposal number', () => {
		const election = ballotsToElection(vote([{ choices: ['p-surf', 'p-jobs'] }, { choices: ['p-skate'] }, { choices: ['p-surf'] }]));
		expect(election.voteType).toBe('approval');
		expect(election.budget).toBe(2_800_000n);
		expect(tallyElection(election, tallyOptionsFor('greedy', 'approval')).selected).toEqual(['2', '3']);
	});

	it('counts Phragmén as it is (no completion), and names it in the file', () => {
		expect(tallyOptionsFor('phragmen', 'knapsack')).toEqual({ rule: 'phragmen', tieBreak: 'min-cost-then-votes' });
		const election = ballotsToElection({ ...vote([{ choices: ['p-surf'] }]), rule: 'phragmen' });
		expect(election.meta).toContainEqual(['rule', 'phragmen']);
		expect(ballotsToElection(vote([{ choices: ['p-surf'] }])).meta).toContainEqual(['rule', 'equalshares/add1']);
	});

	it('keeps points beside their projects for cumulative ballots, and ranks in order for ranked ones', () => {
		const cumulative = ballotsToElection(vote([{ choices: ['p-jobs', 'p-skate'], points: [3, 7] }], 'cumulative'));
		expect(cumulative.voters[0]).toMatchObject({ choices: [2, 0], points: [3, 7] });
		const ranked = ballotsToElection(vote([{ choices: ['p-jobs', 'p-surf'] }], 'ranked'));
		expect(ranked.voteType).toBe('ordinal');
		expect(ranked.voters[0].choices).toEqual([2, 1]);
	});

	it('counts a ranked ballot with positional points: first of the top 3 is worth 3, then 2, then 1', () => {
		const ranked = (ballots: PotVote['ballots'], rule: PotVote['rule']) => ({ ...vote(ballots, 'ranked', rule), limits: [['max_length', '3']] as [string, string][] });
		const votes = [{ choices: ['p-jobs', 'p-surf', 'p-skate'] }, { choices: ['p-surf'] }];
		const outcome = tallyElection(ballotsToElection(ranked(votes, 'greedy')), tallyOptionsFor('greedy', 'ranked'));
		const points = Object.fromEntries(outcome.explanations.map((e) => [e.project, [e.support, e.supporters]]));
		// Surf: 2 + 3 points from two voters; jobs 3 from one; the skate park, last on one ballot, still 1.
		expect(points).toEqual({ '1': [1, 1], '2': [5, 2], '3': [3, 1] });
	});

	it('a ranked ballot naming one proposal counts for it under either rule (it was worth nothing before)', () => {
		const one = { ...vote([{ choices: ['p-surf'] }], 'ranked', 'mes'), limits: [['max_length', '3']] as [string, string][] };
		for (const rule of ['greedy', 'mes'] as const) {
			const outcome = tallyElection(ballotsToElection({ ...one, rule }), tallyOptionsFor(rule, 'ranked'));
			expect(outcome.explanations.find((e) => e.project === '2')).toMatchObject({ status: 'funded', supporters: 1, support: 3 });
		}
		expect(tallyOptionsFor('mes', 'ranked')).toMatchObject({ ordinalUtility: 'position' });
		expect(tallyOptionsFor('greedy', 'approval')).not.toHaveProperty('ordinalUtility');
	});

	it('drops a choice of a proposal no longer on the ballot instead of failing the count', () => {
		expect(ballotsToElection(vote([{ choices: ['gone', 'p-surf'] }])).voters[0].choices).toEqual([1]);
	});

	it('writes a pabulib file that reads back to the same count', () => {
		const ballots = Array.from({ length: 40 }, (_, i) => ({ choices: i % 3 === 0 ? ['p-skate'] : i % 3 === 1 ? ['p-surf', 'p-jobs'] : ['p-jobs'] }));
		const election = ballotsToElection(vote(shuffled(ballots)));
		const again = parsePabulib(writePabulib(election));
		const options = tallyOptionsFor('mes', 'approval');
		expect(tallyElection(again, options).selected).toEqual(tallyElection(election, options).selected);
		const name = again.projectColumns.indexOf('name');
		expect(again.projects.map((p) => p.extra[name])).toEqual(['Skate park; on the green', 'Surf sessions', 'Summer jobs']);
	});

	it('shuffles without losing or repeating a ballot', () => {
		const items = Array.from({ length: 100 }, (_, i) => i);
		const mixed = shuffled(items);
		expect([...mixed].sort((a, b) => a - b)).toEqual(items);
		expect(mixed).not.toEqual(items);
	});
});
