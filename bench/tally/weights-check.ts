/**
 * `npx tsx bench/tally/weights-check.ts [seed]`: for every reference file × rule, gives each voter a
 * random weight in {1, 2, 3} and checks that the weighted count funds exactly what the unweighted
 * count of the same election, each ballot repeated weight times, funds. Prints one line per row
 * and how many agreed.
 */
import { readReferenceRows, DATA_DIR } from '../../src/lib/tally/fixtures';
import { readPabulibFile } from '../../src/lib/tally/pabulib/read-file';
import { tallyElection } from '../../src/lib/tally/tally';
import { drawWeights, repeatBallots, withWeights } from '../../src/lib/tally/testing/weighted';

const seed = Number(process.argv[2] ?? 21);
const rows = readReferenceRows();

async function main(): Promise<void> {
	let agreed = 0;
	let total = 0;
	for (const file of [...new Set(rows.map((row) => row.file))]) {
		const election = await readPabulibFile(DATA_DIR + file);
		const weighted = withWeights(election, drawWeights(election.voters.length, [1, 2, 3], seed));
		const repeated = repeatBallots(weighted);
		for (const row of rows.filter((r) => r.file === file)) {
			const options = { rule: row.rule, completion: row.completion, ordinalUtility: row.ordinalUtility, tieBreak: 'lexico' as const };
			const start = performance.now();
			const a = tallyElection(weighted, options);
			const weightedMs = performance.now() - start;
			const b = tallyElection(repeated, options);
			const same = a.selected.length === b.selected.length && a.selected.every((id, i) => id === b.selected[i]);
			total++;
			if (same) agreed++;
			console.log(`${file.padEnd(60)}${`${row.rule} ${row.completion} ${row.ordinalUtility ?? ''}`.padEnd(28)}${weightedMs.toFixed(1).padEnd(10)}${same ? 'same' : 'DIFFERENT'}`);
		}
	}
	console.log(`\nseed ${seed}: ${agreed}/${total} reference rows fund the same projects, in the same order, weighted and with ballots repeated`);
	if (agreed !== total) process.exitCode = 1;
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
