/**
 * An audit entry's details as one line a person can read. Details are whatever the action recorded:
 * flat values, text written in several languages ({ en, cy }), lists, nested settings. Printing them
 * with String() showed "[object Object]" for the last three.
 */
export function describeAuditDetails(details: Record<string, unknown>, locale: string): string {
	return Object.entries(details)
		.map(([key, value]) => `${key}: ${describeValue(value, locale)}`)
		.join(', ');
}

function describeValue(value: unknown, locale: string): string {
	if (value === null || value === undefined) return '–';
	if (Array.isArray(value)) return `[${value.map((item) => describeValue(item, locale)).join(', ')}]`;
	if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>);
		if (isTextInLanguages(entries)) return String((value as Record<string, string>)[locale] ?? entries[0][1]);
		return `(${entries.map(([key, inner]) => `${key}: ${describeValue(inner, locale)}`).join(', ')})`;
	}
	return String(value);
}

/** { en: '…', cy: '…' }: every key a language code, every value a string. */
function isTextInLanguages(entries: [string, unknown][]): boolean {
	return entries.length > 0 && entries.every(([key, text]) => /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(key) && typeof text === 'string');
}
