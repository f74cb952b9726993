/**
 * The tally command, testable: arguments in, lines out through `io`, an exit code back (EXIT in
 * cli-args.ts, listed in --help). `cli.ts` is the thin entry point that wires it to the process.
 */
import { EXIT, HELP, readCliArgs, USAGE } from './cli-args';
import { formatMoney } from './money';
import type { Add1Progress } from './options';
import { checkDeclaredCounts } from './pabulib/declared-counts';
import { PabulibError } from './pabulib/errors';
import { readPabulibFile } from './pabulib/read-file';
import { tallyElection, type TallyResult } from './tally';
import { TallyError } from './tally-error';
import type { Election } from './election';

export { EXIT };

export interface CliIo {
	out: (line: string) => void;
	err: (line: string) => void;
	/** Milliseconds, for add1's progress lines (performance.now by default). */
	now?: () => number;
}

/** add1 reports how far it has got every this many milliseconds, the first time after as long. */
const PROGRESS_EVERY_MS = 5000;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
	let file: string | undefined;
	try {
		const args = readCliArgs(argv);
		if (args === 'help') {
			io.out(HELP);
			return EXIT.ok;
		}
		file = args.file;
		await count(args, io);
		return EXIT.ok;
	} catch (error: unknown) {
		return reportError(error, file, io);
	}
}

function reportError(error: unknown, file: string | undefined, io: CliIo): number {
	if (error instanceof PabulibError) {
		io.err(`tally: ${file}: ${error.message}`);
		return EXIT.data;
	}
	if (error instanceof TallyError) {
		io.err(`tally: ${error.message}`);
		if (error.code === 'add1_too_long') {
			io.err('tally: count with --completion none, or allow more runs with --max-add1-runs <n> (0: no limit)');
			return EXIT.stopped;
		}
		if (error.code === 'bad_option') io.err(USAGE);
		return EXIT.usage;
	}
	const code = error instanceof Error && 'code' in error ? error.code : undefined;
	if (code === 'EISDIR') io.err(`tally: ${file} is a folder, not a .pb file`);
	else if (code === 'ENOENT') io.err(`tally: ${file} does not exist`);
	else if (code === 'EACCES' || code === 'EPERM') io.err(`tally: cannot read ${file} (${code})`);
	else {
		io.err(`tally: the count failed: ${error instanceof Error ? error.message : String(error)} (please report it with the file)`);
		return EXIT.internal;
	}
	return EXIT.data;
}

async function count(args: Exclude<ReturnType<typeof readCliArgs>, 'help'>, io: CliIo): Promise<void> {
	const parseStart = performance.now();
	const election = await readPabulibFile(args.file);
	const parseMs = performance.now() - parseStart;
	for (const warning of checkDeclaredCounts(election)) io.err(`tally: warning: ${args.file}: ${warning}`);
	const ruleStart = performance.now();
	const add1 = { maxRuns: args.maxAdd1Runs, onProgress: showProgress(io) };
	const result = tallyElection(election, { ...args.options, add1 });
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
	if (election.voters.some((voter) => voter.weight !== undefined && voter.weight !== 1)) {
		io.out('weighted: a voter of weight w counts as w voters; shares and money per voter are those of a voter of weight 1');
	}
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

/** Writes a line to stderr at most every PROGRESS_EVERY_MS while add1 runs. */
function showProgress(io: CliIo): (progress: Add1Progress) => void {
	const now = io.now ?? (() => performance.now());
	const started = now();
	let next = started + PROGRESS_EVERY_MS;
	return ({ runs, perVoter, mostPerVoter }) => {
		const time = now();
		if (time < next) return;
		next = time + PROGRESS_EVERY_MS;
		const show = (amount: number) => String(Math.round(amount * 100) / 100);
		io.err(`tally: add1: ${runs} MES runs, each voter's money ${show(perVoter)} (at most ${show(mostPerVoter)}), ${Math.round((time - started) / 1000)} s`);
	};
}
