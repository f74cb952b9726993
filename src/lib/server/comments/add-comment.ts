import { and, eq, isNull } from 'drizzle-orm';
import { checkCommentGate } from '../../cycles/comment-gate';
import type { Person } from '../auth/actor';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { posts } from '../posts/posts.table';
import { proposals } from '../proposals/proposals.table';
import { consumeRateLimit } from '../platform/rate-limit/consume-rate-limit';
import { onSubject, subjectColumns, type CommentOn } from './comment-on';
import { comments } from './comments.table';

/** Per person, across places: a lively discussion fits easily, a flood does not. */
const COMMENTS_PER_HOUR = { limit: 30, windowSeconds: 60 * 60 };

export type AddCommentResult =
	| { ok: true; commentId: string }
	| { ok: false; error: 'comments_phase_closed' | 'comments_off' | 'comment_subject_unknown' | 'comment_unknown' }
	| { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

/**
 * A resident (or a group, through one of its admins — the route checks that) comments on a post or
 * a proposal of this cycle, while its phase takes comments. A reply to a reply joins the same
 * top-level comment: threads are one level deep.
 */
export async function addComment(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { cycle: CycleWithPhases; on: CommentOn; body: string; parentCommentId?: string | null; groupId?: string | null }
): Promise<AddCommentResult> {
	const { cycle, on } = input;
	const gate = checkCommentGate(cycle, on.kind, now);
	if (!gate.open) return { ok: false, error: gate.reason };
	if (!(await isOpenSubject(db, cycle, on))) return { ok: false, error: 'comment_subject_unknown' };
	let parentCommentId: string | null = null;
	if (input.parentCommentId) {
		const [parent] = await db
			.select({ id: comments.id, parentCommentId: comments.parentCommentId })
			.from(comments)
			.where(and(eq(comments.id, input.parentCommentId), eq(comments.placeId, cycle.placeId), onSubject(on), isNull(comments.hiddenAt)))
			.limit(1);
		if (!parent) return { ok: false, error: 'comment_unknown' };
		parentCommentId = parent.parentCommentId ?? parent.id;
	}
	const limit = await consumeRateLimit(db, { key: `comment:user:${actor.userId}`, ...COMMENTS_PER_HOUR }, now);
	if (!limit.allowed) return { ok: false, error: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };
	const [comment] = await db
		.insert(comments)
		.values({
			placeId: cycle.placeId,
			...subjectColumns(on),
			parentCommentId,
			body: input.body,
			authorUserId: actor.userId,
			groupId: input.groupId ?? null,
			createdAt: now,
			updatedAt: now
		})
		.returning({ id: comments.id });
	return { ok: true, commentId: comment.id };
}

/** The post or proposal is in this cycle of this place, and not hidden. */
async function isOpenSubject(db: Database, cycle: CycleWithPhases, on: CommentOn): Promise<boolean> {
	const rows =
		on.kind === 'post'
			? await db
					.select({ id: posts.id })
					.from(posts)
					.where(and(eq(posts.id, on.postId), eq(posts.placeId, cycle.placeId), eq(posts.cycleId, cycle.id), isNull(posts.hiddenAt)))
					.limit(1)
			: await db
					.select({ id: proposals.id })
					.from(proposals)
					.where(and(eq(proposals.id, on.proposalId), eq(proposals.placeId, cycle.placeId), eq(proposals.cycleId, cycle.id), isNull(proposals.hiddenAt)))
					.limit(1);
	return rows.length > 0;
}
