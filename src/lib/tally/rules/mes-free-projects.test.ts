/**
 * A supported project that costs nothing (issue 15, item 3). Under cost utilities (approval
 * `mes`, and `mes-costpts`) it brings its supporters a utility of cost × … = 0, and the research
 * library does not fund it; where utilities do not depend on cost (`mes-card`, points or ranks
 * under `mes`) it does. Each MES path is checked: fast, exact, add1's trial runs and its kept step.
 * Outcomes below were computed with pabutools (approval and cumulative `mes`, `mes-card`, add1).
 */
import { describe, expect, it } from 'vitest';
import { parsePabulib } from '../pabulib/read';
import { buildProfile } from '../profile';
import { tallyElection } from '../tally';
import { makeTieBreak } from '../tiebreak';
import { runAdd1 } from './completion';
import { runMesExact } from './mes-exact';
import { runMesFast } from './mes-fast';
import { runMesFastTrial } from './mes-fast-trial';

/** "z" costs nothing and two of three voters approve it. */
const approval = parsePabulib(
	[
		'META', 'key;value', 'budget;100', 'vote_type;approval',
		'PROJECTS', 'project_id;cost', 'a;60', 'b;30', 'z;0',
		'VOTES', 'voter_id;vote', 'v1;a,z', 'v2;a,b', 'v3;a,z'
	].join('\n')
);

const cumulative = parsePabulib(
	[
		'META', 'key;value', 'budget;100', 'vote_type;cumulative',
		'PROJECTS', 'project_id;cost', 'a;60', 'b;30', 'z;0',
		'VOTES', 'voter_id;vote;points', 'v1;a,z;2,1', 'v2;a,b;1,2', 'v3;a,z;1,3'
	].join('\n')
);

const ids = (selected: number[]) => selected.map((p) => approval.projects[p].id).sort();

describe('a supported project that costs nothing', () => {
	it('is not funded by MES under cost utilities, with or without add1', () => {
		expect(tallyElection(approval, { rule: 'mes', tieBreak: 'lexico' }).selected).toEqual(['a']);
		expect([...tallyElection(approval, { rule: 'mes', completion: 'add1', tieBreak: 'lexico' }).selected].sort()).toEqual(['a', 'b']);
		const costPoints = tallyElection(cumulative, { rule: 'mes-costpts', tieBreak: 'lexico' });
		expect(costPoints.selected).not.toContain('z');
	});

	it('is explained as having no support in MES terms, not as funded', () => {
		const result = tallyElection(approval, { rule: 'mes', tieBreak: 'lexico' });
		expect(result.explanations.find((e) => e.project === 'z')).toMatchObject({ status: 'unfunded', reason: 'no_support', cost: 0 });
	});

	it('is left out by the fast run, the exact run and add1 alike', () => {
		const profile = buildProfile(approval, 'cost');
		const tieBreak = makeTieBreak('lexico', profile);
		const input = { perVoter: { num: profile.budget, den: 3n }, tieBreak };
		expect(ids(runMesExact(profile, input).selected)).toEqual(['a']);
		expect(ids(runMesFast(profile, input)!.selected)).toEqual(['a']);
		expect(ids(runMesFast(profile, input, 0, false)!.selected)).toEqual(['a']);
		for (const set of runMesFastTrial(profile, { perVoter: { num: 2n * profile.budget + 7n * 3n, den: 6n }, tieBreak }, 3.5)!) {
			expect(set).not.toContain(2);
		}
		expect(ids(runAdd1(profile, tieBreak).selected)).toEqual(['a', 'b']);
	});

	it('is left out when add1 stops at its first step', () => {
		// "a" at 60 never fits a budget of 50: the first step is already exhaustive.
		const tight = parsePabulib(
			['META', 'key;value', 'budget;50', 'vote_type;approval', 'PROJECTS', 'project_id;cost', 'a;60', 'z;0', 'VOTES', 'voter_id;vote', 'v1;a,z', 'v2;a'].join('\n')
		);
		const profile = buildProfile(tight, 'cost');
		expect(runAdd1(profile, makeTieBreak('lexico', profile)).selected).toEqual([]);
	});

	it('is still funded where utilities do not depend on cost: mes-card, and points under mes', () => {
		expect([...tallyElection(approval, { rule: 'mes-card', tieBreak: 'lexico' }).selected].sort()).toEqual(['a', 'z']);
		expect([...tallyElection(cumulative, { rule: 'mes', tieBreak: 'lexico' }).selected].sort()).toEqual(['a', 'z']);
	});
});
