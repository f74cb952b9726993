import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePabulib, tallyElection, writePabulib } from '../tally';
import { buildProfile } from '../tally/profile';
import { ballotsToElection, shuffled, tallyOptionsFor, type PotVote } from './ballots-to-election';
import { countryOfTimeZone, pabulibDay } from './pabulib-meta';
import { seededRandom } from './seeded-random';

/*
 * The open data's .pb file as the official pabulib checker (github.com/pabulib/checker) reads it.
 * The first part holds, in TypeScript, each rule of the checker our files used to fail; the second
 * runs the checker itself when it is on this machine (PABULIB_CHECKER_DIR, a checkout of it, and a
 * python3 that has pycountry: Debian's python3-pycountry), and says why it skipped otherwise.
 */

const proposals = [
	{ id: 'p-bench', number: 1, title: 'Benches; by the pond', costMinor: 200_050 },
	{ id: 'p-lights', number: 2, title: 'Lights', costMinor: 600_000 },
	{ id: 'p-pitch', number: 3, title: 'Pitch', costMinor: 700_000 }
];
const approvals = [['p-pitch'], ['p-pitch', 'p-bench'], ['p-pitch'], ['p-lights'], ['p-lights', 'p-bench']].map((choices) => ({ choices }));

/** A counted pot as the open data writes it: counted with the place's rule, the outcome beside it. */
function countedPot(overrides: Partial<PotVote> = {}): PotVote {
	const pot: PotVote = {
		description: 'Northgate: The green — North end',
		country: countryOfTimeZone('Europe/London'),
		unit: 'Northgate',
		subunit: 'North end',
		instance: '2026-green',
		dateBegin: pabulibDay(new Date('2026-06-01T00:00:00+01:00'), 'Europe/London'),
		dateEnd: pabulibDay(new Date('2026-07-01T00:00:00+01:00'), 'Europe/London', { lastDay: true }),
		limits: [['min_length', '1']],
		currency: 'GBP',
		language: 'en',
		ballotType: 'approval',
		budgetMinor: 1_000_050,
		proposals,
		ballots: approvals,
		rule: 'greedy',
		...overrides
	};
	const byNumber = new Map(pot.proposals.map((p) => [String(p.number), p.id]));
	const selected = tallyElection(ballotsToElection(pot), tallyOptionsFor(pot.rule, pot.ballotType)).selected.map((number) => byNumber.get(number)!);
	return { ...pot, outcome: { selected, tieBreak: 'min-cost-then-votes' } };
}

/** Ranked: more ballots name the benches and lights, but the pitch is ranked first most often. */
const ranked = countedPot({
	ballotType: 'ranked',
	limits: [['max_length', '2']],
	ballots: [['p-pitch', 'p-bench'], ['p-pitch', 'p-bench'], ['p-lights'], ['p-lights', 'p-bench'], ['p-bench', 'p-lights'], ['p-pitch']].map((choices) => ({ choices }))
});

const sections = (text: string) => {
	const lines = text.split('\r\n');
	const from = (name: string) => lines.indexOf(name);
	const meta = lines.slice(from('META') + 2, from('PROJECTS')).map((line) => line.split(';'));
	const projects = lines.slice(from('PROJECTS') + 1, from('VOTES')).map((line) => line.split(';'));
	return { meta: new Map(meta.map(([key, ...value]) => [key, value.join(';')])), metaKeys: meta.map(([key]) => key), projects };
};

describe('the open data’s .pb file, rule by rule of the pabulib checker', () => {
	it('names the country, which the checker requires', () => {
		expect(sections(writePabulib(ballotsToElection(countedPot()))).meta.get('country')).toBe('United Kingdom');
		expect(countryOfTimeZone('Europe/Warsaw')).toBe('Poland');
		expect(countryOfTimeZone('UTC')).toBe('Worldwide');
	});

	it('writes the vote’s first and last days as DD.MM.YYYY on the place’s clock', () => {
		const { meta } = sections(writePabulib(ballotsToElection(countedPot())));
		expect(meta.get('date_begin')).toBe('01.06.2026');
		// Closing at midnight, the vote's last day is the day before.
		expect(meta.get('date_end')).toBe('30.06.2026');
		// 23:30 UTC on 31 December is already New Year's Day in Warsaw.
		expect(pabulibDay(new Date('2026-12-31T23:30:00Z'), 'Europe/Warsaw')).toBe('01.01.2027');
	});

	it('writes META in the format’s order, the tie-break in its comment', () => {
		const { metaKeys, meta } = sections(writePabulib(ballotsToElection(countedPot())));
		expect(metaKeys).toEqual(['description', 'country', 'unit', 'subunit', 'instance', 'num_projects', 'num_votes', 'budget', 'vote_type', 'rule', 'date_begin', 'date_end', 'min_length', 'language', 'currency', 'comment']);
		expect(meta.get('comment')).toMatch(/^#1: ties between projects are broken in favour of the cheaper project, then the one chosen by more voters\.$/);
	});

	it('lists each project’s votes and whether it was selected (and score for points ballots)', () => {
		const { projects } = sections(writePabulib(ballotsToElection(countedPot())));
		expect(projects).toEqual([
			['project_id', 'cost', 'votes', 'name', 'selected'],
			['1', '2000.50', '2', '"Benches', ' by the pond"', '1'],
			['2', '6000.00', '2', 'Lights', '0'],
			['3', '7000.00', '3', 'Pitch', '1']
		]);
		const cumulative = countedPot({ ballotType: 'cumulative', limits: [['max_sum_points', '10']], ballots: [{ choices: ['p-pitch', 'p-bench'], points: [7, 3] }, { choices: ['p-lights'], points: [10] }] });
		expect(sections(writePabulib(ballotsToElection(cumulative))).projects.slice(0, 2)).toEqual([
			['project_id', 'cost', 'votes', 'score', 'name', 'selected'],
			['1', '2000.50', '1', '3', '"Benches', ' by the pond"', '1']
		]);
	});

	it('writes a ranked ballot’s positions as the points the count gave them, and their sum as the score', () => {
		const { projects } = sections(writePabulib(ballotsToElection(ranked)));
		const text = writePabulib(ballotsToElection(ranked));
		// The support the engine counts ranked ballots by, under the place's rule.
		const { support } = buildProfile(ballotsToElection(ranked), 'support', tallyOptionsFor('greedy', 'ranked').ordinalUtility);
		expect(projects[0]).toEqual(['project_id', 'cost', 'votes', 'score', 'name', 'selected']);
		expect(projects.slice(1).map((row) => Number(row[3]))).toEqual(support);
		expect(projects.slice(1).map((row) => row[2])).toEqual(['4', '3', '3']);
		expect(text).toContain('VOTES\r\nvoter_id;vote;points\r\n1;3,1;');
	});

	it('writes money with the currency’s own minor-unit digits', () => {
		const yen = sections(writePabulib(ballotsToElection(countedPot({ currency: 'JPY', budgetMinor: 1_000_050 }))));
		expect(yen.meta.get('budget')).toBe('1000050');
		expect(yen.projects[1][1]).toBe('200050');
		const dinar = sections(writePabulib(ballotsToElection(countedPot({ currency: 'KWD' }))));
		expect(dinar.meta.get('budget')).toBe('1000.050');
	});

	it('still reads back into the same count with our own reader', () => {
		const pot = countedPot();
		const again = parsePabulib(writePabulib(ballotsToElection(pot)));
		expect(tallyElection(again, tallyOptionsFor('greedy', pot.ballotType)).selected).toEqual(['3', '1']);
	});

	it('shuffles the same way for the same seed, and differently for another', () => {
		const ballots = Array.from({ length: 50 }, (_, i) => ({ choices: [proposals[i % 3].id] }));
		expect(shuffled(ballots, seededRandom('open-data:a'))).toEqual(shuffled(ballots, seededRandom('open-data:a')));
		expect(shuffled(ballots, seededRandom('open-data:a'))).not.toEqual(shuffled(ballots, seededRandom('open-data:b')));
	});
});

/** Why the real checker cannot run here, or null when it can (and the python that can run it). */
function checkerSetup(): { skip: string } | { dir: string; python: string } {
	const dir = process.env.PABULIB_CHECKER_DIR;
	if (!dir) return { skip: 'PABULIB_CHECKER_DIR is not set (a checkout of github.com/pabulib/checker)' };
	if (!existsSync(join(dir, 'pabulib', 'checker.py'))) return { skip: `no pabulib/checker.py in PABULIB_CHECKER_DIR (${dir})` };
	for (const python of [process.env.PABULIB_CHECKER_PYTHON ?? 'python3', '/usr/bin/python3']) {
		const probe = spawnSync(python, ['-c', 'import pycountry'], { encoding: 'utf8' });
		if (probe.status === 0) return { dir, python };
	}
	return { skip: 'no python3 with pycountry (Debian: apt-get install python3-pycountry)' };
}

const setup = checkerSetup();
if ('skip' in setup) console.log(`pabulib checker test skipped: ${setup.skip}`);

describe.skipIf('skip' in setup)('the official pabulib checker', () => {
	const work = mkdtempSync(join(tmpdir(), 'pb-checker-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));

	/** The checker's errors and warnings for one file, by kind. */
	function check(pot: PotVote): { errors: Record<string, unknown>; warnings: Record<string, unknown> } {
		if ('skip' in setup) throw new Error(setup.skip);
		const file = join(work, `${Math.random().toString(36).slice(2)}.pb`);
		writeFileSync(file, writePabulib(ballotsToElection(pot)));
		const script = [
			'import json, sys',
			'sys.path.insert(0, sys.argv[1])',
			'from pabulib.checker import Checker',
			'results = Checker().process_files([sys.argv[2]])',
			'found = [v for k, v in results.items() if k not in ("metadata", "summary")][0]["results"]',
			'print("RESULT " + json.dumps(found))'
		].join('\n');
		const run = spawnSync(setup.python, ['-c', script, setup.dir, file], { encoding: 'utf8' });
		const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
		if (!line) throw new Error(`the checker did not answer: ${run.stderr}`);
		const found = JSON.parse(line.slice('RESULT '.length));
		return { errors: found.errors ?? {}, warnings: found.warnings ?? {} };
	}

	it('accepts an approval pot counted with greedy, with no warnings', () => {
		expect(check(countedPot())).toEqual({ errors: {}, warnings: {} });
	});

	it('accepts an approval pot counted with Equal Shares (add1), and checks its selection', () => {
		expect(check(countedPot({ rule: 'mes' }))).toEqual({ errors: {}, warnings: {} });
	});

	it('accepts a ranked pot, its selection checked against the points the count gave', () => {
		expect(check(ranked)).toEqual({ errors: {}, warnings: {} });
	});

	it('accepts a cumulative pot and a pot in yen', () => {
		const cumulative = countedPot({ ballotType: 'cumulative', limits: [['max_sum_points', '10']], ballots: [{ choices: ['p-pitch', 'p-bench'], points: [7, 3] }, { choices: ['p-lights'], points: [10] }] });
		expect(check(cumulative).errors).toEqual({});
		expect(check(countedPot({ currency: 'JPY' })).errors).toEqual({});
	});
});
