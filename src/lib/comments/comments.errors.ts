/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in components/forms/form-errors.ts, declared against these unions.
 */

/** What commenting, and changing a post under discussion, may refuse. */
export type CommentErrorCode =
	| 'comment_body_missing'
	| 'comment_body_too_long'
	| 'comment_unknown'
	| 'comment_subject_unknown'
	| 'comments_phase_closed'
	| 'comments_off'
	| 'post_locked_phase_closed'
	| 'post_locked_hidden'
	| 'post_locked_reviewed';
