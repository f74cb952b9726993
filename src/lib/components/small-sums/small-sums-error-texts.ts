import { m } from '$lib/paraglide/messages';
import type { SmallSumsErrorCode } from '$lib/small-sums/small-sums.errors';

/** Words for the small-sums codes (spread into form-errors' table); amounts arrive formatted. */
export const smallSumsErrorTexts = {
	small_sums_item_missing: () => m.small_sums_error_item_missing(),
	small_sums_item_too_long: () => m.small_sums_error_too_long(),
	small_sums_supplier_missing: () => m.small_sums_error_supplier_missing(),
	small_sums_supplier_too_long: () => m.small_sums_error_too_long(),
	small_sums_purpose_missing: () => m.small_sums_error_purpose_missing(),
	small_sums_purpose_too_long: () => m.small_sums_error_too_long(),
	small_sums_category_missing: () => m.small_sums_error_category_missing(),
	small_sums_reason_missing: () => m.small_sums_error_reason_missing(),
	small_sums_reason_too_long: () => m.small_sums_error_too_long(),
	small_sums_funder_missing: () => m.small_sums_error_funder_missing(),
	small_sums_funder_too_long: () => m.small_sums_error_too_long(),
	small_sums_day_missing: () => m.small_sums_error_day_missing(),
	small_sums_day_invalid: () => m.small_sums_error_day_invalid(),
	small_sums_period_backwards: () => m.small_sums_error_period_backwards(),
	small_sums_period_overlaps: () => m.small_sums_error_period_overlaps(),
	small_sums_no_pot: () => m.small_sums_error_no_pot(),
	small_sums_over_limit: (p) => m.small_sums_error_over_limit({ limit: String(p.limit ?? '') }),
	small_sums_over_left: (p) => m.small_sums_error_over_left({ left: String(p.left ?? '') }),
	small_sums_pot_below_spent: (p) => m.small_sums_error_pot_below_spent({ spent: String(p.spent ?? '') }),
	small_sums_limit_over_pot: () => m.small_sums_error_limit_over_pot(),
	small_sums_correction_same: () => m.small_sums_error_correction_same(),
	small_sums_spend_unknown: () => m.small_sums_error_spend_unknown(),
	small_sums_pot_unknown: () => m.small_sums_error_pot_unknown()
} satisfies Record<SmallSumsErrorCode, (params: Record<string, string | number>) => string>;
