import { describe, expect, it } from 'vitest';
import { parsePabulib } from './pabulib/read';
import { tallyElection } from './tally';

/** Three voters, money 100: "10" and "9" tie on ρ; "9" is cheaper, "10" is first as a string. */
const election = parsePabulib(
	[
		'META', 'key;value', 'budget;100', 'vote_type;approval',
		'PROJECTS', 'project_id;cost', '10;60', '9;30', '7;50', '8;10',
		'VOTES', 'voter_id;vote', 'a;10,9', 'b;10,9', 'c;7'
	].join('\n')
);

describe('tallying', () => {
	it('breaks an exact tie by id as a string under lexico, by cost under min-cost-then-votes', () => {
		const lexico = tallyElection(election, { rule: 'mes', tieBreak: 'lexico' });
		const cheapest = tallyElection(election, { rule: 'mes', tieBreak: 'min-cost-then-votes' });
		expect(lexico.selected[0]).toBe('10');
		expect(cheapest.selected[0]).toBe('9');
	});

	it('explains every project with a code and numbers', () => {
		const result = tallyElection(election, { rule: 'mes', tieBreak: 'lexico' });
		const byId = new Map(result.explanations.map((e) => [e.project, e]));
		expect(byId.get('10')).toMatchObject({ status: 'funded', round: 1, supporters: 2, payers: 2, maxShare: 30, effectiveVotes: 2 });
		// After "10" the two supporters of "9" have 33.33 − 30 each: 6.67 for a cost of 30.
		expect(byId.get('9')).toMatchObject({ status: 'unfunded', reason: 'dropped', round: 2, moneyLeft: 6.67, shortfall: 23.33 });
		expect(byId.get('7')).toMatchObject({ status: 'unfunded', reason: 'dropped', moneyLeft: 33.33 });
		expect(byId.get('8')).toMatchObject({ status: 'unfunded', reason: 'no_support' });
		expect(result.spent + result.left).toBe(100n);
	});

	it('says a project did not fit under greedy, and gives the per-voter budget under add1', () => {
		const greedy = tallyElection(election, { rule: 'greedy', tieBreak: 'lexico' });
		expect(greedy.explanations.find((e) => e.project === '7')).toMatchObject({ reason: 'did_not_fit', moneyLeft: 10 });
		const add1 = tallyElection(election, { rule: 'mes', completion: 'add1', tieBreak: 'lexico' });
		expect(add1.perVoterBudget).toBeGreaterThanOrEqual(100 / 3);
		expect(add1.spent).toBeLessThanOrEqual(100n);
	});

	it('explains Phragmén: what each supporter paid, and what the stop left unfunded though it fitted', () => {
		// d (10 for v4 alone) is bought at load 10; then a at (60 + 10) / 4 = 17.5: v1–v3 pay 17.5,
		// v4 only 7.5 more. Next c at (50 + 35) / 2 = 42.5 beats b at 47.5 but needs 50 of the 30
		// left: the count stops there, and b, which costs 30, is left because it stopped.
		const phragmen = parsePabulib(
			['META', 'key;value', 'budget;100', 'vote_type;approval', 'PROJECTS', 'project_id;cost', 'a;60', 'b;30', 'c;50', 'd;10', 'VOTES', 'voter_id;vote', 'v1;a,b', 'v2;a,c', 'v3;a,c', 'v4;a,d'].join('\n')
		);
		const result = tallyElection(phragmen, { rule: 'phragmen', tieBreak: 'lexico' });
		const byId = new Map(result.explanations.map((e) => [e.project, e]));
		expect(result.selected).toEqual(['d', 'a']);
		expect(byId.get('d')).toMatchObject({ status: 'funded', round: 1, payers: 1, minShare: 10, maxShare: 10 });
		expect(byId.get('a')).toMatchObject({ status: 'funded', round: 2, payers: 4, minShare: 7.5, maxShare: 17.5 });
		expect(byId.get('c')).toMatchObject({ status: 'unfunded', reason: 'did_not_fit', moneyLeft: 30 });
		expect(byId.get('b')).toMatchObject({ status: 'unfunded', reason: 'stopped', moneyLeft: 30 });
	});

	it('refuses phragmen on points ballots and add1 on greedy', () => {
		const points = parsePabulib(['META', 'key;value', 'budget;1', 'vote_type;cumulative', 'PROJECTS', 'project_id;cost', '1;1', 'VOTES', 'voter_id;vote;points', 'a;1;2'].join('\n'));
		expect(() => tallyElection(points, { rule: 'phragmen' })).toThrow(/rule_needs_approval/);
		expect(() => tallyElection(election, { rule: 'greedy', completion: 'add1' })).toThrow(/completion_needs_mes/);
	});
});
