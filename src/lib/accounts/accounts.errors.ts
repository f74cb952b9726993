/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in components/forms/form-errors.ts, declared against these unions.
 */

/** Signing in, codes by email, passwords, two-factor, and the steward's new-place form. */
export type AccountErrorCode =
	| 'email_missing'
	| 'email_invalid'
	| 'email_too_long'
	| 'code_missing'
	| 'code_format'
	| 'code_wrong'
	| 'code_expired'
	| 'code_used_up'
	| 'code_not_requested'
	| 'totp_wrong'
	| 'totp_used'
	| 'password_missing'
	| 'password_too_short'
	| 'password_too_long'
	| 'password_wrong'
	| 'credentials_wrong'
	| 'name_missing'
	| 'name_too_long'
	| 'name_invalid'
	| 'role_invalid'
	| 'slug_missing'
	| 'slug_too_long'
	| 'slug_format'
	| 'slug_taken'
	| 'summary_too_long';
