/**
 * The extra cells of vote lines (age, sex, district, how they voted …), kept for the writer. A
 * large file has 100,000+ voters but few distinct values per column, so each column shares one
 * string per value — up to a limit, past which a column (one of ids or free text) keeps its own
 * strings. Reading Wrocław 2015 spent half its time collecting garbage before this.
 */
const DISTINCT_PER_COLUMN = 1000;

export class ExtraCells {
	private readonly seen: Map<string, string>[];

	constructor(private readonly columns: number[]) {
		this.seen = columns.map(() => new Map());
	}

	/** The extra cells of one line, as an array of exactly their number. */
	read(cells: string[]): string[] {
		const count = this.columns.length;
		const extra = new Array<string>(count);
		for (let i = 0; i < count; i++) extra[i] = this.share(i, cells[this.columns[i]]);
		return extra;
	}

	private share(column: number, cell: string): string {
		const seen = this.seen[column];
		const known = seen.get(cell);
		if (known !== undefined) return known;
		if (seen.size < DISTINCT_PER_COLUMN) seen.set(cell, cell);
		return cell;
	}
}
