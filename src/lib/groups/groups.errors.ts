/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in components/forms/form-errors.ts, declared against these unions.
 */

/** What can go wrong when running a community group, as codes the group pages turn into words. */
export type GroupErrorCode =
	| 'slug_taken'
	| 'group_unknown'
	| 'person_unknown'
	| 'already_in_group'
	| 'not_in_group'
	| 'last_admin';

/** What the group forms refuse before asking the database. */
export type GroupFieldErrorCode =
	| 'group_slug_missing'
	| 'group_slug_taken'
	| 'description_too_long';
