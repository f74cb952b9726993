import { and, eq, isNull } from 'drizzle-orm';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { onSubject, type CommentOn } from './comment-on';
import { commentFlags, comments } from './comments.table';

/** A resident reports a comment to the place's moderators: once per person; it hides nothing by itself. */
export async function flagComment(
	{ db }: { db: Database },
	actor: Person,
	input: { placeId: string; on: CommentOn; commentId: string }
): Promise<{ ok: true } | { ok: false; error: 'comment_unknown' }> {
	const [comment] = await db
		.select({ id: comments.id })
		.from(comments)
		.where(and(eq(comments.id, input.commentId), eq(comments.placeId, input.placeId), onSubject(input.on), isNull(comments.hiddenAt)))
		.limit(1);
	if (!comment) return { ok: false, error: 'comment_unknown' };
	await db
		.insert(commentFlags)
		.values({ placeId: input.placeId, commentId: comment.id, userId: actor.userId })
		.onConflictDoNothing({ target: [commentFlags.commentId, commentFlags.userId] });
	return { ok: true };
}
