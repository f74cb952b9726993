/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in components/forms/form-errors.ts, declared against these unions.
 */

/** What posting, supporting and hiding on a cycle's "what matters" page may refuse. */
export type DiscoverErrorCode =
	| 'post_kind_missing'
	| 'post_body_missing'
	| 'post_body_too_long'
	| 'post_location_too_long'
	| 'post_unknown'
	| 'phase_closed'
	| 'kind_closed'
	| 'hide_reason_missing'
	| 'hide_reason_too_long';
