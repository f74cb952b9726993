/**
 * Postcodes as people type them ("cf10 1aa", "CF101AA ", "cf10  1AA") compare equal. Places are not
 * all in the UK, so nothing here insists on the UK format; UK-shaped codes get their usual space
 * back for display, everything else is upper-cased with single spaces.
 */
const UK_POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;

/** The form we store and show, or null when there is nothing postcode-like in the text. */
export function normalizePostcode(text: string): string | null {
	const upper = text.normalize('NFKC').toUpperCase().replace(/\s+/g, ' ').trim();
	if (!/^[A-Z0-9][A-Z0-9 -]{1,11}$/.test(upper)) return null;
	const compact = upper.replace(/ /g, '');
	const uk = compact.match(UK_POSTCODE);
	return uk ? `${uk[1]} ${uk[2]}` : upper;
}

/** Without spaces: what prefixes are compared on ("CF10" matches "CF10 1AA", "CF1" does too). */
export function postcodeKey(postcode: string): string {
	return postcode.toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * Whether a postcode lies in the area the place drew: any prefix matches. A UK outward code such
 * as "CF1" would also match "CF10 1AA" as plain text; a place that means the district only writes
 * "CF1 " with the space (we then match the whole outward code exactly).
 */
export function postcodeInArea(postcode: string, prefixes: readonly string[]): boolean {
	const normal = normalizePostcode(postcode);
	if (!normal) return false;
	const key = postcodeKey(normal);
	const outward = normal.includes(' ') ? normal.split(' ')[0] : null;
	return prefixes.some((prefix) => {
		if (/\s$/.test(prefix) && outward !== null) return outward === prefix.trim().toUpperCase();
		return key.startsWith(postcodeKey(prefix));
	});
}
