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
			else if (line[i + 1] === '"') (cell += '"'), i++;
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

/** Quotes a cell when it needs it, so that `splitCells` reads back exactly the same text. */
export function quoteCell(cell: string): string {
	if (!/[;"\r\n]/.test(cell) && cell === cell.trim()) return cell;
	return '"' + cell.replaceAll('"', '""') + '"';
}

/** Joins cells into one line. */
export function joinCells(cells: string[]): string {
	return cells.map(quoteCell).join(';');
}
