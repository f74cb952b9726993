/*
 * A cycle's short address (/places/northgate/cycles/<slug>): small letters, digits and hyphens,
 * 3 to 60 long. Pure: the form and the domain both use it.
 */

export const CYCLE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CYCLE_SLUG_MIN = 3;
export const CYCLE_SLUG_MAX = 60;

/** Words the cycle pages use themselves (/cycles/new), so no cycle may take them. */
export const RESERVED_CYCLE_SLUGS: readonly string[] = ['new'];

/**
 * A short address made from a title: "Café on the Green!" → "cafe-on-the-green". Letters with
 * accents (Welsh ŵ, ŷ, â) lose them; anything else becomes a hyphen. Cut at a word near 60.
 * Empty when the title has no letters or digits we can use.
 */
export function suggestCycleSlug(title: string): string {
	const plain = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (plain.length <= CYCLE_SLUG_MAX) return plain;
	const cut = plain.slice(0, CYCLE_SLUG_MAX + 1);
	const lastHyphen = cut.lastIndexOf('-');
	return (lastHyphen >= CYCLE_SLUG_MIN ? cut.slice(0, lastHyphen) : plain.slice(0, CYCLE_SLUG_MAX)).replace(/-+$/, '');
}

/**
 * The addresses to try, in order, for a cycle whose team left the address blank: the title's own,
 * then with -2, -3 … so a second "Summer 2027" still gets a readable address.
 */
export function slugCandidates(title: string, fallback: string): string[] {
	let base = suggestCycleSlug(title);
	if (base.length < CYCLE_SLUG_MIN || RESERVED_CYCLE_SLUGS.includes(base)) base = fallback;
	const candidates = [base];
	for (let n = 2; n <= 20; n++) {
		const suffix = `-${n}`;
		candidates.push(base.slice(0, CYCLE_SLUG_MAX - suffix.length).replace(/-+$/, '') + suffix);
	}
	return candidates;
}
