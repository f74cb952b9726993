/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in the matching components/<domain>/*-error-texts.ts, declared against it.
 */

/** What the learning review form may refuse. */
export type LearningErrorCode =
	| 'learning_worked_missing'
	| 'learning_did_not_work_missing'
	| 'learning_cost_missing'
	| 'learning_would_change_missing'
	| 'learning_part_too_long'
	| 'learning_language_unknown';
