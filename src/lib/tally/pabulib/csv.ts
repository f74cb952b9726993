/**
 * The CSV dialect of pabulib: `;` separates cells, cells may be quoted, `""` inside quotes is a
 * quote, cells are trimmed. Splitting on `;` alone breaks real files (`"Ontmoeting & verbinding"`).
 */

/**
 * Splits one logical line into trimmed cells. Returns null when a quote is still open at the end,
 * so the caller can join the next physical line (a quoted cell may hold a line break).
 */
export function splitCells(line: string): string[] | null {
	// Fast path: most lines have no quotes at all.
	if (line.indexOf('"') < 0) {
		const cells = line.split(';');
		for (let i = 0; i < cells.length; i++) cells[i] = cells[i].trim();
		return cells;
	}
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (quoted) {
			if (char !== '"') cell += char;
			else if (line[i + 1] === '"') { cell += '"'; i++; }
			else quoted = false;
		} else if (char === '"' && cell.trim() === '') {
			cell = '';
			quoted = true;
		} else if (char === ';') {
			cells.push(cell.trim());
			cell = '';
		} else cell += char;
	}
	if (quoted) return null;
	cells.push(cell.trim());
	return cells;
}

/**
 * Splits `text[start, end)`, a line known to hold no quote, into trimmed cells written to `into`
 * (reused by the caller, so 100,000 vote lines make no line strings and no cell arrays). Returns
 * the number of cells. Gives exactly what `splitCells` gives on the same line.
 */
export function splitPlainCells(text: string, start: number, end: number, into: string[]): number {
	let count = 0;
	while (true) {
		let stop = text.indexOf(';', start);
		if (stop < 0 || stop > end) stop = end;
		into[count++] = sliceTrimmed(text, start, stop);
		if (stop === end) return count;
		start = stop + 1;
	}
}

/** `text.slice(start, end).trim()`, without the second string when there is nothing to trim. */
function sliceTrimmed(text: string, start: number, end: number): string {
	const cell = text.slice(start, end);
	if (cell === '') return cell;
	// trim() also removes Unicode spaces; anything outside printable ASCII at either end gets it.
	const first = cell.charCodeAt(0);
	const last = cell.charCodeAt(cell.length - 1);
	return first <= 32 || first > 126 || last <= 32 || last > 126 ? cell.trim() : cell;
}

/** Quotes a cell when it needs it, so that `splitCells` reads back exactly the same text. */
export function quoteCell(cell: string): string {
	if (!/[;"\r\n]/.test(cell) && cell === cell.trim()) return cell;
	return '"' + cell.replaceAll('"', '""') + '"';
}

/** Joins cells into one line. */
export function joinCells(cells: string[]): string {
	return cells.map(quoteCell).join(';');
}
