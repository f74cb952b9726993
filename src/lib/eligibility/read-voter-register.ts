import { parse } from 'csv-parse/sync';
import { normalizePostcode } from './postcode';

/** One person on a voter register the team uploads: a reference the team knows them by. */
export interface RegisterEntry {
	line: number;
	reference: string;
	postcode: string;
	name: string | null;
}

export type RegisterRowProblem = { line: number; code: 'reference_missing' | 'reference_too_long' | 'postcode_invalid' | 'duplicate_reference' | 'name_too_long' };

/**
 * Either the whole file could not be read (nothing is imported), or the good rows and a report of
 * every bad row by line number — so a team can fix its spreadsheet, not guess.
 */
export type RegisterRead =
	| { ok: true; entries: RegisterEntry[]; problems: RegisterRowProblem[] }
	| { ok: false; code: 'empty' | 'not_csv' | 'columns_missing' | 'too_many_rows'; line?: number };

const MAX_ROWS = 200_000;
const HEADERS = { reference: ['reference', 'ref', 'id', 'voter_id', 'voter reference'], postcode: ['postcode', 'post code', 'postal code', 'zip'], name: ['name', 'full name'] };

/**
 * Reads a register: a CSV with a header row naming at least `reference` and `postcode` (in any
 * order, any case; `name` optional), comma- or semicolon-separated, with or without a byte-order mark.
 */
export function readVoterRegister(text: string): RegisterRead {
	if (text.trim() === '') return { ok: false, code: 'empty' };
	const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
	const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(text, { bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
	} catch (error) {
		const line = (error as { lines?: number }).lines;
		return { ok: false, code: 'not_csv', line };
	}
	if (records.length === 0) return { ok: false, code: 'empty' };
	if (records.length - 1 > MAX_ROWS) return { ok: false, code: 'too_many_rows' };
	const header = records[0].record.map((cell) => cell.toLowerCase().replace(/\s+/g, ' ').trim());
	const column = (names: string[]) => header.findIndex((cell) => names.includes(cell));
	const at = { reference: column(HEADERS.reference), postcode: column(HEADERS.postcode), name: column(HEADERS.name) };
	if (at.reference < 0 || at.postcode < 0) return { ok: false, code: 'columns_missing', line: records[0].info.lines };

	const entries: RegisterEntry[] = [];
	const problems: RegisterRowProblem[] = [];
	const seen = new Set<string>();
	for (const { record, info } of records.slice(1)) {
		const line = info.lines;
		const reference = record[at.reference] ?? '';
		const postcode = normalizePostcode(record[at.postcode] ?? '');
		const name = at.name >= 0 ? record[at.name] || null : null;
		if (reference === '') problems.push({ line, code: 'reference_missing' });
		else if (reference.length > 64) problems.push({ line, code: 'reference_too_long' });
		else if (seen.has(reference.toUpperCase())) problems.push({ line, code: 'duplicate_reference' });
		else if (!postcode) problems.push({ line, code: 'postcode_invalid' });
		else if (name && name.length > 200) problems.push({ line, code: 'name_too_long' });
		else {
			seen.add(reference.toUpperCase());
			entries.push({ line, reference, postcode, name });
		}
	}
	return { ok: true, entries, problems };
}
