/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in the matching components/<domain>/*-error-texts.ts, declared against it.
 */

/** What the delivery forms (news, spending, steps, outcomes, follows) may refuse. */
export type DeliveryErrorCode =
	| 'delivery_date_missing'
	| 'delivery_date_invalid'
	| 'delivery_date_in_future'
	| 'delivery_status_missing'
	| 'delivery_reason_missing'
	| 'delivery_reason_too_long'
	| 'delivery_milestone_title_missing'
	| 'delivery_milestone_title_too_long'
	| 'delivery_milestone_unknown'
	| 'delivery_spending_note_missing'
	| 'delivery_spending_note_too_long'
	| 'delivery_update_body_missing'
	| 'delivery_update_body_too_long'
	| 'delivery_update_language_invalid'
	| 'delivery_update_unknown'
	| 'delivery_outcome_statement_missing'
	| 'delivery_outcome_statement_too_long'
	| 'delivery_outcome_agreed_missing'
	| 'delivery_outcome_agreed_too_long'
	| 'delivery_outcome_unknown'
	| 'delivery_evidence_body_missing'
	| 'delivery_evidence_body_too_long'
	| 'delivery_unknown';
