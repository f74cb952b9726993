/**
 * `npm run tally -- <file.pb> --rule mes --completion add1 [--ordinal-utility borda]
 * [--tie-break lexico] [--json]`: counts a pabulib file and prints the funded projects, money
 * and explanations. Errors print one line and exit non-zero, never a stack trace.
 */
import { readCliArgs, USAGE } from './cli-args';
import { formatMoney } from './money';
import { PabulibError } from './pabulib/errors';
import { readPabulibFile } from './pabulib/read-file';
import { tallyElection, type TallyResult } from './tally';
import { TallyError } from './tally-error';
import type { Election } from './election';

async function main(argv: string[]): Promise<void> {
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
		console.log(JSON.stringify({ file: args.file, ...args.options, budget: money(election.budget), spent: money(spent), left: money(left), ...rest, timings }));
	} else printText(election, result, timings);
}

function printText(election: Election, result: TallyResult, timings: { parseMs: number; ruleMs: number }): void {
	const money = (units: bigint) => formatMoney(units, election.decimals);
	const cost = new Map(election.projects.map((p) => [p.id, p.cost]));
	console.log(`funded ${result.selected.length} of ${election.projects.length} projects`);
	for (const id of result.selected) console.log(`  ${id}\t${money(cost.get(id)!)}`);
	console.log(`spent ${money(result.spent)} of ${money(election.budget)}; left ${money(result.left)}`);
	if (result.perVoterBudget !== undefined) console.log(`per-voter budget kept by add1: ${result.perVoterBudget}`);
	console.log('explanations:');
	for (const explanation of result.explanations) {
		const { project, status, ...details } = explanation;
		const fields = Object.entries(details).map(([key, value]) => `${key}=${value}`).join(' ');
		console.log(`  ${project}\t${status}\t${fields}`);
	}
	console.log(`parse ${timings.parseMs} ms, rule ${timings.ruleMs} ms`);
}

function round(ms: number): number {
	return Math.round(ms * 10) / 10;
}

main(process.argv.slice(2)).catch((error: unknown) => {
	if (error instanceof TallyError || error instanceof PabulibError) {
		console.error(`tally: ${error.message}`);
		if (error instanceof TallyError && error.code === 'bad_option') console.error(USAGE);
	} else if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR')) {
		console.error(`tally: cannot read ${error instanceof Error && 'path' in error ? error.path : 'the file'} (${error.code})`);
	} else {
		console.error(`tally: ${error instanceof Error ? error.message : String(error)}`);
	}
	process.exitCode = 1;
});
