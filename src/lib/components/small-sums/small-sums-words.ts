import { m } from '$lib/paraglide/messages';
import type { SpendCategory } from '$lib/small-sums/spend-categories';

/** A spend's kind in the reader's language. */
export const categoryText: Record<SpendCategory, () => string> = {
	refreshments: m.small_sums_category_refreshments,
	travel: m.small_sums_category_travel,
	household: m.small_sums_category_household,
	materials: m.small_sums_category_materials,
	venue: m.small_sums_category_venue,
	other: m.small_sums_category_other
};
