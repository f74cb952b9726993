/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in components/forms/form-errors.ts, declared against these unions.
 */

/** What the shared fields of validation/fields.ts refuse, and the rate limit every form may hit. */
export type FieldErrorCode =
	| 'money_required'
	| 'money_invalid'
	| 'money_too_small'
	| 'rate_limited';
