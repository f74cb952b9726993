/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in the matching components/<domain>/*-error-texts.ts, declared against it.
 */

/** What the decision statement and change forms may refuse. */
export type DecisionErrorCode =
	| 'decision_result_unknown'
	| 'decision_result_not_counted'
	| 'decision_body_missing'
	| 'decision_body_too_long'
	| 'decision_language_invalid'
	| 'decision_kind_missing'
	| 'decision_proposal_missing'
	| 'decision_proposal_unknown'
	| 'decision_to_proposal_missing'
	| 'decision_to_proposal_unknown'
	| 'decision_to_proposal_not_allowed'
	| 'decision_to_proposal_same'
	| 'decision_amount_missing'
	| 'decision_amount_invalid'
	| 'decision_reason_missing'
	| 'decision_reason_too_long';
