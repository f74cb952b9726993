/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in components/central-services/central-service-error-texts.ts.
 */
export type CentralServiceErrorCode =
	| 'service_name_missing'
	| 'service_name_too_long'
	| 'service_about_too_long'
	| 'service_slug_taken'
	| 'service_unknown'
	| 'responder_email_invalid'
	| 'responder_no_account'
	| 'responder_already'
	| 'request_need_missing'
	| 'request_need_too_long'
	| 'request_why_missing'
	| 'request_why_too_long'
	| 'request_needed_by_missing'
	| 'request_needed_by_invalid'
	| 'request_needed_by_past'
	| 'request_answer_missing'
	| 'request_answer_not_now'
	| 'request_words_missing'
	| 'request_words_too_long'
	| 'rating_score_missing'
	| 'rating_words_missing'
	| 'rating_words_too_long'
	| 'rating_not_closed'
	| 'rating_already';
