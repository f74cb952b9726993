import type { FormFailure } from '$lib/components/forms/form-errors';

/** A failed comment, report or hide form, as the actions return it (`form` says which). */
export type CommentFailure = FormFailure & { form?: string };

/** Where the error summary's links go: the field of the form that failed. */
export function commentFieldIds(failure: CommentFailure | null | undefined): Record<string, string> {
	const values = failure?.values ?? {};
	const body = values.parentCommentId ? `reply-${values.parentCommentId}` : 'comment-body';
	const comment = values.commentId ? `comment-${values.commentId}` : 'comments-heading';
	return {
		body,
		groupId: values.parentCommentId ? `reply-${values.parentCommentId}-group` : 'comment-body-group',
		parentCommentId: 'comments-heading',
		reason: values.commentId ? `reason-${values.commentId}` : 'comments-heading',
		comment
	};
}
