/**
 * Where the pabulib reference data lives for tests and the benchmark: resolved from this file,
 * not from the working directory, so a clean clone anywhere finds it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Completion, OrdinalUtility, Rule } from './options';

export const FIXTURE_DIR = fileURLToPath(new URL('../../../tests/fixtures/pabulib/', import.meta.url));
export const DATA_DIR = FIXTURE_DIR + 'data/';

export interface ReferenceRow {
	file: string;
	voteType: string;
	rule: Rule;
	completion: Completion;
	ordinalUtility?: OrdinalUtility;
	voters: number;
	selected: string[];
	seconds: number;
	source: string;
}

/** Every row of reference.tsv. */
export function readReferenceRows(): ReferenceRow[] {
	const [, ...lines] = readFileSync(FIXTURE_DIR + 'reference.tsv', 'utf8').trim().split('\n');
	return lines.map((line) => {
		const cells = line.split('\t');
		return {
			file: cells[0],
			voteType: cells[1],
			rule: cells[2] as Rule,
			completion: cells[3] as Completion,
			ordinalUtility: (cells[4] || undefined) as OrdinalUtility | undefined,
			voters: Number(cells[5]),
			selected: cells[8].split(',').filter(Boolean),
			source: cells[10],
			seconds: Number(cells[11])
		};
	});
}
