import { z } from 'zod';
import { POST_KINDS } from '$lib/discover/post-kinds';

export const postForm = z.object({
	kind: z.enum(POST_KINDS, { error: 'post_kind_missing' }),
	body: z.string({ error: 'post_body_missing' }).trim().min(1, 'post_body_missing').max(500, 'post_body_too_long'),
	locationText: z
		.string()
		.trim()
		.max(120, 'post_location_too_long')
		.optional()
		.transform((s) => s || null)
});

export const supportForm = z.object({ postId: z.uuid('post_unknown') });

export const hidePostForm = z.object({
	postId: z.uuid('post_unknown'),
	reason: z.string({ error: 'hide_reason_missing' }).trim().min(1, 'hide_reason_missing').max(300, 'hide_reason_too_long')
});
