/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in components/forms/form-errors.ts, declared against these unions.
 */

/** What can go wrong when running a team, as codes the team page turns into words (needs_sign_in is a redirect, not words). */
export type TeamErrorCode =
	| 'already_member'
	| 'member_unknown'
	| 'last_lead'
	| 'invitation_invalid'
	| 'invitation_wrong_account'
	| 'needs_sign_in'
	| 'place_has_lead';
