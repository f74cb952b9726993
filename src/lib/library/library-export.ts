import { pickText } from '../localized-text';
import { minorUnitDigits } from '../money/minor-units';
import { libraryEntryPath, type LibraryEntry } from './library-entry';

/** Minor units as a plain decimal in the currency's units ("1234.50"), exact: no floats on the way. */
export function minorAsDecimal(minor: number, currency: string): string {
	const digits = minorUnitDigits(currency);
	if (digits === 0) return String(minor);
	const sign = minor < 0 ? '-' : '';
	const text = String(Math.abs(minor)).padStart(digits + 1, '0');
	return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * A CSV cell. Quoted when it holds a comma, quote or line break; text a resident wrote that starts
 * like a formula (= + - @) gets a leading apostrophe so a spreadsheet shows it instead of running it.
 */
function cell(value: string | number, text = true): string {
	let out = String(value);
	if (text && /^[=+\-@\t\r]/.test(out)) out = `'${out}`;
	return /[",\r\n]/.test(out) ? `"${out.replace(/"/g, '""')}"` : out;
}

function csv(header: string[], rows: (string | number)[][], textColumns: Set<number>): string {
	const lines = [header.join(','), ...rows.map((row) => row.map((value, index) => cell(value, textColumns.has(index))).join(','))];
	return lines.join('\r\n') + '\r\n';
}

/** One row of open data per funded project: names in the reader's language, money exact, a stable URL. */
export function libraryRecord(entry: LibraryEntry, locale: string, origin: string) {
	const money = (minor: number) => minorAsDecimal(minor, entry.place.currency);
	return {
		url: `${origin}${libraryEntryPath(entry)}`,
		place: pickText(entry.place.name, locale, entry.place.languages),
		placeSlug: entry.place.slug,
		cycle: pickText(entry.cycle.title, locale, entry.place.languages),
		cycleSlug: entry.cycle.slug,
		proposalNumber: entry.number,
		title: entry.title,
		summary: entry.summary,
		language: entry.language,
		proposedBy: entry.proposedBy.kind,
		group: entry.proposedBy.kind === 'group' ? entry.proposedBy.name : '',
		themes: entry.themes.map((theme) => theme.slug),
		currency: entry.place.currency,
		expectedCost: money(entry.expectedCostMinor),
		budget: money(entry.budgetMinor),
		spent: money(entry.spentMinor),
		status: entry.status,
		statusReason: entry.statusReason ?? '',
		fundedOn: entry.fundedAt.toISOString().slice(0, 10)
	};
}

const CSV_COLUMNS = ['url', 'place', 'place_slug', 'cycle', 'cycle_slug', 'proposal_number', 'title', 'summary', 'language', 'proposed_by', 'group', 'themes', 'currency', 'expected_cost', 'budget', 'spent', 'status', 'status_reason', 'funded_on'];
/** Which CSV columns hold words someone typed (guarded against formulas); figures and codes are ours. */
const CSV_TEXT = new Set([1, 3, 6, 7, 10, 17]);

/** The library as CSV, one row per funded project, in the library's one order. */
export function libraryCsv(entries: LibraryEntry[], locale: string, origin: string): string {
	const rows = entries.map((entry) => {
		const r = libraryRecord(entry, locale, origin);
		return [r.url, r.place, r.placeSlug, r.cycle, r.cycleSlug, r.proposalNumber, r.title, r.summary, r.language, r.proposedBy, r.group, r.themes.join(' '), r.currency, r.expectedCost, r.budget, r.spent, r.status, r.statusReason, r.fundedOn];
	});
	return csv(CSV_COLUMNS, rows, CSV_TEXT);
}

const GRANT_COLUMNS = ['Identifier', 'Title', 'Description', 'Currency', 'Amount Awarded', 'Award Date', 'Recipient Org:Identifier', 'Recipient Org:Name', 'Funding Org:Identifier', 'Funding Org:Name', 'Grant Programme:Title', 'Beneficiary Location:Name', 'URL'];
const GRANT_TEXT = new Set([1, 2, 7, 9, 10, 11]);

/**
 * The library in 360Giving's grant fields (its spreadsheet column titles): each funded project is
 * a grant the place's pooled budget made. Residents have no organisation identifier, so the
 * recipient is the group when there is one, else the place's residents; identifiers are ours
 * (prefixed 360G-placecraft-), not registered with 360Giving.
 */
export function libraryGrantsCsv(entries: LibraryEntry[], locale: string, origin: string): string {
	const rows = entries.map((entry) => {
		const r = libraryRecord(entry, locale, origin);
		const recipient = entry.proposedBy.kind === 'group' ? entry.proposedBy.name : r.place;
		const recipientId = entry.proposedBy.kind === 'group' ? `placecraft-group-${slug(entry.proposedBy.name)}` : `placecraft-residents-${r.placeSlug}`;
		return [`360G-placecraft-${entry.deliveryId}`, r.title, r.summary, r.currency, r.budget, r.fundedOn, recipientId, recipient, `placecraft-place-${r.placeSlug}`, r.place, r.cycle, r.place, r.url];
	});
	return csv(GRANT_COLUMNS, rows, GRANT_TEXT);
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
