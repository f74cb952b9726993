import { and, eq, isNull, notExists } from 'drizzle-orm';
import { checkDiscoverGate } from '../../cycles/phase-gates';
import type { Person } from '../auth/actor';
import { challengePosts } from '../challenges/challenges.table';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import type { CyclePost } from './find-cycle-post';
import { posts } from './posts.table';

export type PostLockedReason = 'phase_closed' | 'post_hidden' | 'post_reviewed';

/**
 * Why its author can no longer change a post, or null when they can: only while discover is open,
 * while it is not hidden, and until the team has reviewed it (used it in a challenge).
 */
export function whyPostLocked(cycle: CycleWithPhases, post: Pick<CyclePost, 'hiddenReason' | 'reviewed'>, now: Date): PostLockedReason | null {
	if (!checkDiscoverGate(cycle, 'support', now).open) return 'phase_closed';
	if (post.hiddenReason !== null) return 'post_hidden';
	if (post.reviewed) return 'post_reviewed';
	return null;
}

export type EditPostResult = { ok: true } | { ok: false; error: PostLockedReason | 'post_unknown' };

/**
 * The author changes the words of their own post. The checks are repeated in the update itself, so
 * a post the team links to a challenge (or a moderator hides) a moment earlier stays as it was.
 */
export async function editPost(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { cycle: CycleWithPhases; post: CyclePost; body: string; locationText: string | null }
): Promise<EditPostResult> {
	const { cycle, post } = input;
	const locked = whyPostLocked(cycle, post, now);
	if (locked) return { ok: false, error: locked };
	const updated = await db
		.update(posts)
		.set({ body: input.body, locationText: input.locationText, updatedAt: now })
		.where(
			and(
				eq(posts.id, post.id),
				eq(posts.placeId, cycle.placeId),
				eq(posts.cycleId, cycle.id),
				eq(posts.authorUserId, actor.userId),
				isNull(posts.hiddenAt),
				notExists(db.select({ id: challengePosts.id }).from(challengePosts).where(and(eq(challengePosts.postId, posts.id), eq(challengePosts.placeId, posts.placeId))))
			)
		)
		.returning({ id: posts.id });
	return updated.length > 0 ? { ok: true } : { ok: false, error: 'post_reviewed' };
}
