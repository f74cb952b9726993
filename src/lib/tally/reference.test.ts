/**
 * The core promise: for every row of the research reference (pabutools 1.2.3, exact), the engine
 * funds exactly the same set of projects. Rows are grouped by file so each file is read once.
 */
import { describe, expect, it } from 'vitest';
import type { Election } from './election';
import { DATA_DIR, readReferenceRows } from './fixtures';
import { readPabulibFile } from './pabulib/read-file';
import { tallyElection } from './tally';

const rows = readReferenceRows();
const files = [...new Set(rows.map((row) => row.file))];

describe.each(files)('%s', (file) => {
	let election: Promise<Election> | undefined;
	const load = () => (election ??= readPabulibFile(DATA_DIR + file));
	const fileRows = rows.filter((row) => row.file === file);
	it.each(fileRows.map((row) => [`${row.rule} ${row.completion} ${row.ordinalUtility ?? ''}`, row] as const))(
		'%s funds exactly the reference set',
		async (_, row) => {
			const result = tallyElection(await load(), {
				rule: row.rule,
				completion: row.completion,
				ordinalUtility: row.ordinalUtility,
				tieBreak: 'lexico'
			});
			expect(new Set(result.selected)).toEqual(new Set(row.selected));
			expect(result.selected).toHaveLength(row.selected.length);
		}
	);
});

it('covers every row of reference.tsv', () => {
	expect(rows.length).toBe(228);
	expect(files.length).toBe(39);
});
