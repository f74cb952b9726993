import { z } from 'zod';

/** An empty choice in a form ("" from a hidden field or a select) means "none". */
const optionalId = (code: string) => z.preprocess((value) => (value === '' ? undefined : value), z.uuid(code).optional());

export const commentForm = z.object({
	body: z.string({ error: 'comment_body_missing' }).trim().min(1, 'comment_body_missing').max(1000, 'comment_body_too_long'),
	/** Set on a reply: the comment it answers. */
	parentCommentId: optionalId('comment_unknown'),
	/** Set when writing as a community group. */
	groupId: optionalId('group_unknown')
});

export const commentRefForm = z.object({ commentId: z.uuid('comment_unknown') });

export const hideCommentForm = z.object({
	commentId: z.uuid('comment_unknown'),
	reason: z.string({ error: 'hide_reason_missing' }).trim().min(1, 'hide_reason_missing').max(300, 'hide_reason_too_long')
});
