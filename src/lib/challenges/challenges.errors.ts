/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in components/forms/form-errors.ts, declared against these unions.
 */

/** What the challenge forms may refuse. */
export type ChallengeErrorCode =
	| 'challenge_question_missing'
	| 'challenge_question_too_long'
	| 'challenge_summary_too_long'
	| 'challenge_post_unknown'
	| 'challenge_post_hidden';
