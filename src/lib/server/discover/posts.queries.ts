import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { posts, postSupports } from './posts.table';

export interface PostView {
	id: string;
	kind: 'need' | 'asset';
	/** Empty when hidden: the reason is shown instead, never the text. */
	body: string;
	locationText: string | null;
	hiddenReason: string | null;
	supporters: number;
	supportedByViewer: boolean;
	createdAt: Date;
}

/** Newest posts of one kind in a cycle, with "me too" counts — one query, however many posts. */
export async function listCyclePosts(
	db: Database,
	input: { placeId: string; cycleId: string; kind: 'need' | 'asset'; viewerId: string | null; limit: number }
): Promise<PostView[]> {
	const viewer = input.viewerId ?? '00000000-0000-0000-0000-000000000000';
	const rows = await db
		.select({
			id: posts.id,
			kind: posts.kind,
			body: posts.body,
			locationText: posts.locationText,
			hiddenAt: posts.hiddenAt,
			hiddenReason: posts.hiddenReason,
			createdAt: posts.createdAt,
			supporters: sql<number>`count(${postSupports.id})::int`,
			supportedByViewer: sql<boolean>`coalesce(bool_or(${postSupports.userId} = ${viewer}), false)`
		})
		.from(posts)
		.leftJoin(postSupports, and(eq(postSupports.postId, posts.id), eq(postSupports.placeId, posts.placeId)))
		.where(and(eq(posts.placeId, input.placeId), eq(posts.cycleId, input.cycleId), eq(posts.kind, input.kind)))
		.groupBy(posts.id)
		.orderBy(desc(posts.createdAt))
		.limit(input.limit);
	return rows.map(({ hiddenAt, ...row }) => ({
		...row,
		body: hiddenAt ? '' : row.body,
		locationText: hiddenAt ? null : row.locationText
	}));
}
