/**
 * Header handling for the three pabulib sections: find the columns a section needs, name the
 * line when one is missing.
 */
import type { VoteType } from '../election';
import { hasPoints } from '../election';
import { PabulibError } from './errors';

export type SectionName = 'META' | 'PROJECTS' | 'VOTES';

export const SECTION_ORDER: readonly SectionName[] = ['META', 'PROJECTS', 'VOTES'];

/** Which section a line opens, if it is a section line (`VOTES`, `VOTES;` …). */
export function readSectionName(line: string): SectionName | null {
	// Cheap guard first: this runs on every line of files with 100,000+ votes.
	if (line.length > 16) return null;
	const name = line.replace(/;+\s*$/, '').trim().toUpperCase();
	return name === 'META' || name === 'PROJECTS' || name === 'VOTES' ? name : null;
}

export interface Header {
	columns: string[];
	/** Position of each required column. */
	index: Map<string, number>;
}

/** Checks a header row: no duplicates, every required column present. */
export function readHeader(cells: string[], required: string[], line: number): Header {
	const columns = cells.map((cell) => cell.toLowerCase());
	const index = new Map<string, number>();
	columns.forEach((column, position) => {
		if (index.has(column)) {
			throw new PabulibError('duplicate_column', line, `column "${column}" appears twice`);
		}
		index.set(column, position);
	});
	for (const column of required) {
		if (!index.has(column)) {
			throw new PabulibError('missing_column', line, `the header has no "${column}" column`);
		}
	}
	return { columns: cells, index };
}

/** Throws unless a row has as many cells as its header. */
export function checkCellCount(cells: string[], header: Header, line: number): void {
	if (cells.length !== header.columns.length) {
		throw new PabulibError(
			'wrong_cell_count',
			line,
			`expected ${header.columns.length} cells like the header, found ${cells.length}`
		);
	}
}

/** The columns a section's header must have. */
export function requiredColumns(section: SectionName, voteType: VoteType): string[] {
	if (section === 'META') return ['key', 'value'];
	if (section === 'PROJECTS') return ['project_id', 'cost'];
	return ['voter_id', 'vote', ...(hasPoints(voteType) ? ['points'] : [])];
}

/** Positions of the columns kept as they are (name, age, district …), for the writer. */
export function findExtraColumns(header: Header, section: SectionName): number[] {
	const known = new Set(section === 'META' ? ['key', 'value'] : section === 'PROJECTS' ? ['project_id', 'cost'] : ['voter_id', 'vote', 'points', 'weight']);
	return header.columns.flatMap((column, position) => (known.has(column.toLowerCase()) ? [] : [position]));
}
