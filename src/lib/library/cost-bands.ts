/**
 * Cost bands to find projects of about the same size, in minor units of the place's currency
 * (pence for pounds). Bands, not a sort: the library never orders projects by money.
 * Upper bounds are exclusive; the last band has none.
 */
export const COST_BANDS = [
	{ slug: 'under-1000', from: 0, to: 100_000 },
	{ slug: '1000-5000', from: 100_000, to: 500_000 },
	{ slug: '5000-20000', from: 500_000, to: 2_000_000 },
	{ slug: 'over-20000', from: 2_000_000, to: null }
] as const;
export type CostBand = (typeof COST_BANDS)[number]['slug'];

export function findCostBand(slug: string | null | undefined) {
	return COST_BANDS.find((band) => band.slug === slug) ?? null;
}
