/*
 * Stable codes a small-sums form may refuse with (browser-safe: no server imports). The words are
 * in components/small-sums/small-sums-error-texts.ts, declared against this list.
 */
export type SmallSumsErrorCode =
	| 'small_sums_item_missing'
	| 'small_sums_item_too_long'
	| 'small_sums_supplier_missing'
	| 'small_sums_supplier_too_long'
	| 'small_sums_purpose_missing'
	| 'small_sums_purpose_too_long'
	| 'small_sums_category_missing'
	| 'small_sums_reason_missing'
	| 'small_sums_reason_too_long'
	| 'small_sums_funder_missing'
	| 'small_sums_funder_too_long'
	| 'small_sums_day_missing'
	| 'small_sums_day_invalid'
	| 'small_sums_period_backwards'
	| 'small_sums_period_overlaps'
	| 'small_sums_no_pot'
	| 'small_sums_over_limit'
	| 'small_sums_over_left'
	| 'small_sums_pot_below_spent'
	| 'small_sums_limit_over_pot'
	| 'small_sums_correction_same'
	| 'small_sums_spend_unknown'
	| 'small_sums_pot_unknown';
