import type { SpendView } from './small-sums-view';

/** A cell a spreadsheet will not run: text starting with = + - @ is a formula there, so it is quoted with a leading apostrophe. */
const cell = (value: string) => {
	const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Minor units as the decimal number councils publish ("12.50", "-2.00"), exact: never through a float. */
export function decimalAmount(minor: number, digits = 2): string {
	const sign = minor < 0 ? '-' : '';
	const text = String(Math.abs(minor)).padStart(digits + 1, '0');
	return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * The place's lines in the shape UK councils publish card spending: date (YYYY-MM-DD), supplier,
 * amount, purpose, category, place; one row per line, a correction as its own row (its amount the
 * difference, its purpose saying which spend it corrects and why). Column names are fixed codes, so
 * a script reads every place's file the same way.
 */
export function spendsCsv(spends: SpendView[], placeName: string, digits = 2): string {
	const lines = ['date,supplier,amount,purpose,category,place'];
	for (const spend of spends) {
		const purpose = spend.corrects
			? `correction of ${spend.corrects.spentOn} ${spend.corrects.item}: ${spend.reason ?? ''}`
			: `${spend.item}: ${spend.purpose}`;
		lines.push([spend.spentOn, cell(spend.supplier), decimalAmount(spend.amountMinor, digits), cell(purpose), spend.category, cell(placeName)].join(','));
	}
	return lines.join('\r\n') + '\r\n';
}
