import { and, eq, sql } from 'drizzle-orm';
import { challengePosts } from '../challenges/challenges.table';
import { comments } from '../comments/comments.table';
import type { Database } from '../platform/db/database';
import { postFlags, posts, postSupports } from './posts.table';
import type { PostView } from './posts.queries';

export type CyclePost = PostView & {
	authorUserId: string | null;
	/** The team has used it in a challenge: from then on its words stay as the team read them. */
	reviewed: boolean;
};

/** One post of a cycle, for its own page, with its "me too" and report counts — or null. */
export async function findCyclePost(db: Database, input: { placeId: string; cycleId: string; postId: string; viewerId: string | null }): Promise<CyclePost | null> {
	const viewer = input.viewerId ?? '00000000-0000-0000-0000-000000000000';
	const [row] = await db
		.select({
			id: posts.id,
			kind: posts.kind,
			body: posts.body,
			locationText: posts.locationText,
			authorUserId: posts.authorUserId,
			hiddenAt: posts.hiddenAt,
			hiddenReason: posts.hiddenReason,
			createdAt: posts.createdAt,
			supporters: sql<number>`(select count(*) from ${postSupports} where ${postSupports.postId} = ${posts.id})::int`,
			supportedByViewer: sql<boolean>`exists (select 1 from ${postSupports} where ${postSupports.postId} = ${posts.id} and ${postSupports.userId} = ${viewer})`,
			reports: sql<number>`(select count(*) from ${postFlags} where ${postFlags.postId} = ${posts.id})::int`,
			reportedByViewer: sql<boolean>`exists (select 1 from ${postFlags} where ${postFlags.postId} = ${posts.id} and ${postFlags.userId} = ${viewer})`,
			comments: sql<number>`(select count(*) from ${comments} where ${comments.postId} = ${posts.id} and ${comments.placeId} = ${posts.placeId})::int`,
			reviewed: sql<boolean>`exists (select 1 from ${challengePosts} where ${challengePosts.postId} = ${posts.id} and ${challengePosts.placeId} = ${posts.placeId})`
		})
		.from(posts)
		.where(and(eq(posts.id, input.postId), eq(posts.placeId, input.placeId), eq(posts.cycleId, input.cycleId)))
		.limit(1);
	if (!row) return null;
	const { hiddenAt, ...post } = row;
	return { ...post, body: hiddenAt ? '' : post.body, locationText: hiddenAt ? null : post.locationText };
}
