/**
 * `npm run tally` as a user meets it (issue 15, item 25): help, exit codes that tell a wrong
 * command from a bad file, warnings about a file that looks cut short, and add1 that says how far
 * it has got or stops with a reason instead of running for hours.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli, type CliIo } from './cli-run';

const folder = mkdtempSync(join(tmpdir(), 'tally-cli-'));

function writePb(name: string, lines: string[] | Buffer): string {
	const path = join(folder, name);
	writeFileSync(path, Array.isArray(lines) ? lines.join('\n') + '\n' : lines);
	return path;
}

async function run(argv: string[], now?: () => number) {
	const out: string[] = [];
	const err: string[] = [];
	const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), now };
	const code = await runCli(argv, io);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

const small = writePb('small.pb', [
	'META', 'key;value', 'num_projects;2', 'num_votes;3', 'budget;100', 'vote_type;approval',
	'PROJECTS', 'project_id;cost', 'a;60', 'b;30',
	'VOTES', 'voter_id;vote', 'v1;a', 'v2;a,b', 'v3;a'
]);

/** Each voter starts with 5×10^11 and needs 6×10^11 for "a": add1 would take 10^11 steps. */
const slowAdd1 = writePb('slow-add1.pb', [
	'META', 'key;value', 'budget;1000000000000', 'vote_type;approval',
	'PROJECTS', 'project_id;cost', 'a;600000000000', 'b;300000000000',
	'VOTES', 'voter_id;vote', 'v1;a', 'v2;b'
]);

describe('npm run tally', () => {
	it.each([['--help'], ['-h']])('%s prints every option with its default and the exit codes', async (flag) => {
		const { code, out } = await run([flag]);
		expect(code).toBe(EXIT.ok);
		for (const option of ['--rule', '--completion', '--ordinal-utility', '--tie-break', '--json', '--max-add1-runs', '--help']) expect(out).toContain(option);
		expect(out).toMatch(/--completion[^\n]*\n?[^\n]*default: none/);
		expect(out).toMatch(/default: min-cost-then-votes/);
		expect(out).toMatch(/pabutools[^.]*lexico/);
		expect(out).toMatch(/exit codes/i);
		for (const exit of Object.values(EXIT)) expect(out).toContain(`  ${exit} `);
	});

	it('counts a file and exits 0', async () => {
		const { code, out, err } = await run([small, '--rule', 'mes']);
		expect(code).toBe(EXIT.ok);
		expect(out).toContain('funded 1 of 2 projects');
		expect(err).toBe('');
	});

	it('counts a file with a weight column: v2 at weight 3 outweighs the two voters for a alone', async () => {
		const weighted = writePb('weighted.pb', [
			'META', 'key;value', 'budget;100', 'vote_type;approval',
			'PROJECTS', 'project_id;cost', 'a;60', 'b;60',
			'VOTES', 'voter_id;vote;weight', 'v1;a;1', 'v2;b;3', 'v3;a;'
		]);
		const { code, out, err } = await run([weighted, '--rule', 'greedy']);
		expect(err).toBe('');
		expect(code).toBe(EXIT.ok);
		expect(out).toMatch(/funded 1 of 2 projects\n {2}b\t60/);
		expect(out).toContain('weighted: a voter of weight w counts as w voters');
	});

	it('refuses a weight with three decimals as a bad file, naming the line', async () => {
		const bad = writePb('bad-weight.pb', [
			'META', 'key;value', 'budget;100', 'vote_type;approval',
			'PROJECTS', 'project_id;cost', 'a;60',
			'VOTES', 'voter_id;vote;weight', 'v1;a;1.125'
		]);
		const { code, err } = await run([bad, '--rule', 'greedy']);
		expect(code).toBe(EXIT.data);
		expect(err).toMatch(/line 10: weight "1.125"/);
	});

	it('refuses an option given without its value, as a usage error', async () => {
		for (const argv of [[small, '--rule', 'mes', '--completion'], [small, '--completion', '--rule', 'mes'], [small, '--rule', 'mes', '--tie-break=']]) {
			const { code, err } = await run(argv);
			expect(code).toBe(EXIT.usage);
			expect(err).toMatch(/--(completion|tie-break) needs a value/);
		}
	});

	it('tells a wrong command (usage) from a file it cannot count (data) by the exit code', async () => {
		expect((await run([small, '--rule', 'plurality'])).code).toBe(EXIT.usage);
		expect((await run([small, '--rule', 'greedy', '--completion', 'add1'])).code).toBe(EXIT.usage);
		expect((await run([join(folder, 'missing.pb'), '--rule', 'mes'])).code).toBe(EXIT.data);
		const broken = writePb('broken.pb', ['META', 'key;value', 'vote_type;approval', 'PROJECTS']);
		const { code, err } = await run([broken, '--rule', 'mes']);
		expect(code).toBe(EXIT.data);
		expect(err).toMatch(/missing_budget/);
	});

	it('names the path when it is a folder', async () => {
		const { code, err } = await run([folder, '--rule', 'mes']);
		expect(code).toBe(EXIT.data);
		expect(err).toContain(folder);
		expect(err).toMatch(/is a folder/);
	});

	it('warns when the file holds fewer votes than META num_votes says, and still counts it', async () => {
		const truncated = writePb('truncated.pb', [
			'META', 'key;value', 'num_projects;2', 'num_votes;5', 'budget;100', 'vote_type;approval',
			'PROJECTS', 'project_id;cost', 'a;60', 'b;30',
			'VOTES', 'voter_id;vote', 'v1;a', 'v2;a,b', 'v3;a'
		]);
		const { code, out, err } = await run([truncated, '--rule', 'mes']);
		expect(code).toBe(EXIT.ok);
		expect(err).toMatch(/num_votes is 5 but the file holds 3 votes/);
		expect(out).toContain('funded');
	});

	it('refuses a file that is not UTF-8, naming its line', async () => {
		const latin1 = Buffer.concat([
			Buffer.from('META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\nb;10\nVOTES\nvoter_id;vote\n'),
			Buffer.from([0x76, 0x31, 0x3b, 0x62, 0x0a, 0x76, 0xe9, 0x3b, 0x62, 0x0a]) // "v1;b", "vé;b" in Latin-1
		]);
		const { code, err } = await run([writePb('latin1.pb', latin1), '--rule', 'mes']);
		expect(code).toBe(EXIT.data);
		expect(err).toMatch(/line 11: .*not UTF-8.*\(not_utf8\)/);
	});

	it('stops add1 with a reason when the costs would make it run for hours', async () => {
		const { code, err } = await run([slowAdd1, '--rule', 'mes', '--completion', 'add1', '--max-add1-runs', '200']);
		expect(code).toBe(EXIT.stopped);
		expect(err).toMatch(/add1 stopped after 200 MES runs/);
		expect(err).toMatch(/--completion none|--max-add1-runs/);
	});

	it('shows add1 progress on stderr while it runs', async () => {
		let clock = 0;
		const { code, err } = await run([slowAdd1, '--rule', 'mes', '--completion', 'add1', '--max-add1-runs', '50'], () => (clock += 1000));
		expect(code).toBe(EXIT.stopped);
		expect(err).toMatch(/add1: \d+ MES runs, each voter's money \d/);
	});
});
