/**
 * The tally command, testable: arguments in, lines out through `io`, an exit code back.
 * `cli.ts` is the thin entry point that wires it to the process.
 */
import { readCliArgs, USAGE } from './cli-args';
import { formatMoney } from './money';
import { PabulibError } from './pabulib/errors';
import { readPabulibFile } from './pabulib/read-file';
import { tallyElection, type TallyResult } from './tally';
import { TallyError } from './tally-error';
import type { Election } from './election';

export interface CliIo {
	out: (line: string) => void;
	err: (line: string) => void;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
	try {
		await count(argv, io);
		return 0;
	} catch (error: unknown) {
		if (error instanceof TallyError || error instanceof PabulibError) {
			io.err(`tally: ${error.message}`);
			if (error instanceof TallyError && error.code === 'bad_option') io.err(USAGE);
		} else if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR')) {
			io.err(`tally: cannot read ${error instanceof Error && 'path' in error ? error.path : 'the file'} (${error.code})`);
		} else {
			io.err(`tally: ${error instanceof Error ? error.message : String(error)}`);
		}
		return 1;
	}
}

async function count(argv: string[], io: CliIo): Promise<void> {
	const args = readCliArgs(argv);
	const parseStart = performance.now();
	const election = await readPabulibFile(args.file);
	const parseMs = performance.now() - parseStart;
	const ruleStart = performance.now();
	const result = tallyElection(election, args.options);
	const ruleMs = performance.now() - ruleStart;
	const timings = { parseMs: round(parseMs), ruleMs: round(ruleMs) };
	if (args.json) {
		const money = (units: bigint) => formatMoney(units, election.decimals);
		const { spent, left, ...rest } = result;
		io.out(JSON.stringify({ file: args.file, ...args.options, budget: money(election.budget), spent: money(spent), left: money(left), ...rest, timings }));
	} else printText(io, election, result, timings);
}

function printText(io: CliIo, election: Election, result: TallyResult, timings: { parseMs: number; ruleMs: number }): void {
	const money = (units: bigint) => formatMoney(units, election.decimals);
	const cost = new Map(election.projects.map((p) => [p.id, p.cost]));
	io.out(`funded ${result.selected.length} of ${election.projects.length} projects`);
	for (const id of result.selected) io.out(`  ${id}\t${money(cost.get(id)!)}`);
	io.out(`spent ${money(result.spent)} of ${money(election.budget)}; left ${money(result.left)}`);
	if (result.perVoterBudget !== undefined) io.out(`per-voter budget kept by add1: ${result.perVoterBudget}`);
	io.out('explanations:');
	for (const explanation of result.explanations) {
		const { project, status, ...details } = explanation;
		const fields = Object.entries(details).map(([key, value]) => `${key}=${value}`).join(' ');
		io.out(`  ${project}\t${status}\t${fields}`);
	}
	io.out(`parse ${timings.parseMs} ms, rule ${timings.ruleMs} ms`);
}

function round(ms: number): number {
	return Math.round(ms * 10) / 10;
}
