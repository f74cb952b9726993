/**
 * Costs above 2^53 minor units (issue 15, item 23): cost utilities no longer fit a double
 * exactly, so MES counts in exact arithmetic instead of refusing the election. Outcomes below
 * were computed with pabutools (exact fractions).
 */
import { describe, expect, it } from 'vitest';
import { parsePabulib } from '../pabulib/read';
import { tallyElection } from '../tally';

const election = (budget: string, projects: string[], votes: string[], voteType = 'approval') =>
	parsePabulib(
		[
			'META', 'key;value', `budget;${budget}`, `vote_type;${voteType}`,
			'PROJECTS', 'project_id;cost', ...projects,
			'VOTES', voteType === 'approval' ? 'voter_id;vote' : 'voter_id;vote;points', ...votes
		].join('\n')
	);

const sorted = (ids: string[]) => [...ids].sort();

describe('MES with a cost above 2^53 minor units', () => {
	// "a" costs 2^60: nobody can ever afford it.
	const unaffordable = election('100', ['a;1152921504606846976', 'b;30', 'c;50'], ['v1;a,b', 'v2;b,c', 'v3;a']);
	// "a" costs 2×10^16 + 1 and is funded; "c" is just below 2^53.
	const funded = election('40000000000000000', ['a;20000000000000001', 'b;15000000000000000', 'c;9000000000000003', 'd;7'], ['v1;a,b', 'v2;b,c', 'v3;a,d', 'v4;c,a']);

	it('counts an election where the large project is out of reach', () => {
		expect(tallyElection(unaffordable, { rule: 'mes', tieBreak: 'lexico' }).selected).toEqual(['b']);
		expect(sorted(tallyElection(unaffordable, { rule: 'mes', completion: 'add1', tieBreak: 'lexico' }).selected)).toEqual(['b', 'c']);
	});

	it('counts an election where large projects are funded, to the exact minor unit', () => {
		const result = tallyElection(funded, { rule: 'mes', tieBreak: 'lexico' });
		expect(sorted(result.selected)).toEqual(['a', 'c', 'd']);
		expect(result.spent).toBe(29000000000000011n);
		expect(sorted(tallyElection(funded, { rule: 'mes', completion: 'add1', tieBreak: 'lexico' }).selected)).toEqual(['a', 'c', 'd']);
	});

	it('counts points × cost utilities above 2^53 too (mes-costpts)', () => {
		const points = election('100', ['a;4000000000000000', 'b;30'], ['v1;a,b;3,1', 'v2;b;2', 'v3;a;5'], 'cumulative');
		// a: 8 points × 4×10^15 = 3.2×10^16 > 2^53; nobody can afford it, "b" is funded.
		expect(tallyElection(points, { rule: 'mes-costpts', tieBreak: 'lexico' }).selected).toEqual(['b']);
	});
});
