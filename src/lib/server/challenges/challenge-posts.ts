import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { posts } from '../posts/posts.table';
import { challengePosts } from './challenges.table';

export type LinkRefusal = 'challenge_post_unknown' | 'challenge_post_hidden';

/**
 * Whether these posts may be linked to a challenge of this cycle: each must be a post of the same
 * place and cycle (never another place's words), and not hidden — a challenge must not rest on
 * words the moderators took down. Null when all may.
 */
export async function checkLinkablePosts(tx: Database, input: { placeId: string; cycleId: string; postIds: string[] }): Promise<LinkRefusal | null> {
	if (input.postIds.length === 0) return null;
	const found = await tx
		.select({ id: posts.id, hiddenAt: posts.hiddenAt })
		.from(posts)
		.where(and(eq(posts.placeId, input.placeId), eq(posts.cycleId, input.cycleId), inArray(posts.id, input.postIds)));
	if (found.length !== new Set(input.postIds).size) return 'challenge_post_unknown';
	if (found.some((post) => post.hiddenAt)) return 'challenge_post_hidden';
	return null;
}

/** Links posts to a challenge (already checked with checkLinkablePosts); linking twice is harmless. */
export async function linkPosts(tx: Database, input: { placeId: string; challengeId: string; postIds: string[] }): Promise<void> {
	if (input.postIds.length === 0) return;
	await tx
		.insert(challengePosts)
		.values(input.postIds.map((postId) => ({ placeId: input.placeId, challengeId: input.challengeId, postId })))
		.onConflictDoNothing({ target: [challengePosts.challengeId, challengePosts.postId] });
}

/** Unlinks posts from a challenge. A hidden post may be unlinked: that only tidies the challenge. */
export async function unlinkPosts(tx: Database, input: { placeId: string; challengeId: string; postIds: string[] }): Promise<void> {
	if (input.postIds.length === 0) return;
	await tx
		.delete(challengePosts)
		.where(and(eq(challengePosts.placeId, input.placeId), eq(challengePosts.challengeId, input.challengeId), inArray(challengePosts.postId, input.postIds)));
}

/** The ids of the posts a challenge is linked to now. */
export async function listLinkedPostIds(tx: Database, input: { placeId: string; challengeId: string }): Promise<string[]> {
	const rows = await tx
		.select({ postId: challengePosts.postId })
		.from(challengePosts)
		.where(and(eq(challengePosts.placeId, input.placeId), eq(challengePosts.challengeId, input.challengeId)));
	return rows.map((row) => row.postId);
}
