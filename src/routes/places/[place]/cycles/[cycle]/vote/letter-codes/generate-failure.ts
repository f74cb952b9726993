/*
 * The "make a batch" form posts to ./pdf, which answers with a file, so a refusal cannot come back
 * as a form action's failure. It comes back in the URL of the page instead: the fields as typed and
 * an error code per field (`label_error=letter_codes_label_missing`). Only codes travel, never words.
 * A value travels only when it is about the size its field takes (a label a little over the limit
 * comes back to be shortened); anything longer is left out, so a 100 KB label never becomes a
 * 100 KB Location header, and the field is asked for again.
 */
const FIELDS = ['label', 'count', 'language'] as const;
const KEPT_UP_TO: Record<(typeof FIELDS)[number], number> = { label: 200, count: 20, language: 20 };
const keptValue = (field: (typeof FIELDS)[number], value: string | null | undefined) => (value && value.length <= KEPT_UP_TO[field] ? value : '');

export interface GenerateFailure {
	errors: Record<string, string>;
	values: Record<string, string>;
}

export function generateFailureQuery(values: Record<string, string>, errors: Record<string, string>): string {
	const query = new URLSearchParams();
	for (const field of FIELDS) {
		query.set(field, keptValue(field, values[field]));
		if (errors[field]) query.set(`${field}_error`, errors[field]);
	}
	return query.toString();
}

/** The refusal in the page's URL, or null when the page was opened normally. */
export function readGenerateFailure(url: URL): GenerateFailure | null {
	const errors: Record<string, string> = {};
	const values: Record<string, string> = {};
	for (const field of FIELDS) {
		const code = url.searchParams.get(`${field}_error`);
		// Codes are ours: anything else in the URL is not shown, so a link cannot put words on the page.
		if (code && /^letter_codes_[a-z_]+$/.test(code)) errors[field] = code;
		values[field] = keptValue(field, url.searchParams.get(field));
	}
	return Object.keys(errors).length ? { errors, values } : null;
}
