/**
 * Tie-breaking between projects. `lexico` is the reference's: project ids compared as strings,
 * code point by code point like Python ("36" before "5"). `min-cost-then-votes` is the product
 * default: the cheapest first, then the one more voters support, then the id.
 */
import type { TieBreak } from './options';
import type { Profile } from './profile';

/** Compares strings by Unicode code points (JS `<` compares UTF-16 units, which differs). */
export function compareIds(a: string, b: string): number {
	if (a === b) return 0;
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) {
		const x = a.codePointAt(i)!;
		const y = b.codePointAt(i)!;
		if (x !== y) return x - y;
		if (x > 0xffff) i++;
	}
	return a.length - b.length;
}

/** A comparator: negative when project a wins the tie against b. */
export function makeTieBreak(tieBreak: TieBreak, profile: Profile): (a: number, b: number) => number {
	const { ids, costs, supporterCount } = profile;
	if (tieBreak === 'lexico') return (a, b) => compareIds(ids[a], ids[b]);
	return (a, b) => {
		if (costs[a] !== costs[b]) return costs[a] < costs[b] ? -1 : 1;
		if (supporterCount[a] !== supporterCount[b]) return supporterCount[b] - supporterCount[a];
		return compareIds(ids[a], ids[b]);
	};
}
