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

/** Without spaces: what prefixes are compared on. */
export function postcodeKey(postcode: string): string {
	return postcode.toUpperCase().replace(/[\s-]+/g, '');
}

/** A whole UK outward code (the district: "CF1", "CF10", "SW1A"), as a place writes its area. */
const UK_OUTWARD = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/**
 * Whether a postcode lies in the area the place drew: any prefix matches. A prefix shaped like a
 * whole UK district ("CF1") means that district, as a team drawing its area means it: it matches
 * "CF1 2AB" but not "CF10 1AA". Anything shorter or longer ("CF", "CF10 1", a non-UK code) is
 * compared as the start of the postcode.
 */
export function postcodeInArea(postcode: string, prefixes: readonly string[]): boolean {
	const normal = normalizePostcode(postcode);
	if (!normal) return false;
	const key = postcodeKey(normal);
	const outward = UK_POSTCODE.test(key) ? normal.split(' ')[0] : null;
	return prefixes.some((prefix) => {
		const wanted = postcodeKey(prefix);
		if (outward !== null && UK_OUTWARD.test(wanted)) return outward === wanted;
		return key.startsWith(wanted);
	});
}
