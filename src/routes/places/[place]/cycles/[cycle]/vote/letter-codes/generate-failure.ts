/*
 * The "make a batch" form posts to ./pdf, which answers with a file, so a refusal cannot come back
 * as a form action's failure. It comes back in the URL of the page instead: the fields as typed and
 * an error code per field (`label_error=letter_codes_label_missing`). Only codes travel, never words.
 */
const FIELDS = ['label', 'count', 'language'] as const;

export interface GenerateFailure {
	errors: Record<string, string>;
	values: Record<string, string>;
}

export function generateFailureQuery(values: Record<string, string>, errors: Record<string, string>): string {
	const query = new URLSearchParams();
	for (const field of FIELDS) {
		query.set(field, values[field] ?? '');
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
		values[field] = url.searchParams.get(field) ?? '';
	}
	return Object.keys(errors).length ? { errors, values } : null;
}
