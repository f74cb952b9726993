/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in components/forms/form-errors.ts, declared against these unions.
 */

/** What the budget page (funders, pots, shares) may refuse. */
export type BudgetErrorCode =
	| 'funder_missing'
	| 'funder_too_long'
	| 'note_too_long'
	| 'pot_unknown'
	| 'pot_has_votes'
	| 'pot_has_contributions'
	| 'contribution_unknown'
	| 'pot_name_missing'
	| 'pot_name_too_long'
	| 'over_allocated';
