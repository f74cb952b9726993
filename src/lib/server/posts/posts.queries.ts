import { and, desc, eq, sql } from 'drizzle-orm';
import type { PostKind } from '../../discover/post-kinds';
import { comments } from '../comments/comments.table';
import type { Database } from '../platform/db/database';
import { photos } from '../photos/photos.table';
import { postFlags, posts, postSupports } from './posts.table';

export interface PostView {
	id: string;
	kind: PostKind;
	/** Empty when hidden: the reason is shown instead, never the text. */
	body: string;
	locationText: string | null;
	hiddenReason: string | null;
	supporters: number;
	supportedByViewer: boolean;
	/** How many people reported it (shown to moderators only). */
	reports: number;
	reportedByViewer: boolean;
	/** How many comments it has (hidden ones too: they show as their reason). */
	comments: number;
	createdAt: Date;
}

/** A post's photo as its list entry shows it: the small size. */
export interface ListedPhoto {
	id: string;
	altText: string;
	width: number;
	height: number;
}

/** A post in a list, with its photo (none when hidden). */
export type ListedPost = PostView & { photo: ListedPhoto | null };

// Postgres keeps microseconds, a cursor in a URL keeps milliseconds: order and compare on the same
// millisecond value (then id), so no post is skipped or repeated between pages.
const createdMs = sql`date_trunc('milliseconds', ${posts.createdAt})`;

/** Where a page of posts ends: the newest post not yet shown comes just after it. */
export interface PostCursor {
	createdAt: Date;
	id: string;
}

export function encodePostCursor(post: PostCursor): string {
	return `${post.createdAt.getTime()}_${post.id}`;
}

/** A cursor from a URL, or null when it is missing or not one of ours. */
export function decodePostCursor(text: string | null): PostCursor | null {
	const match = text?.match(/^(\d{1,15})_([0-9a-f-]{36})$/);
	return match ? { createdAt: new Date(Number(match[1])), id: match[2] } : null;
}

/**
 * A page of posts of one kind in a cycle, newest first, with "me too" and comment counts — one query per page,
 * however many posts. Keyset pagination: pages do not shift when new posts arrive.
 */
export async function listCyclePosts(
	db: Database,
	input: { placeId: string; cycleId: string; kind: PostKind; viewerId: string | null; limit: number; before?: PostCursor | null }
): Promise<ListedPost[]> {
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
			supportedByViewer: sql<boolean>`coalesce(bool_or(${postSupports.userId} = ${viewer}), false)`,
			reports: sql<number>`(select count(*) from ${postFlags} where ${postFlags.postId} = ${posts.id})::int`,
			reportedByViewer: sql<boolean>`exists (select 1 from ${postFlags} where ${postFlags.postId} = ${posts.id} and ${postFlags.userId} = ${viewer})`,
			photo: sql<ListedPhoto | null>`(select json_build_object('id', ${photos.id}, 'altText', ${photos.altText}, 'width', ${photos.smallWidth}, 'height', ${photos.smallHeight}) from ${photos} where ${photos.postId} = ${posts.id} and ${photos.placeId} = ${posts.placeId} order by ${photos.createdAt} limit 1)`,
			comments: sql<number>`(select count(*) from ${comments} where ${comments.postId} = ${posts.id} and ${comments.placeId} = ${posts.placeId})::int`
		})
		.from(posts)
		.leftJoin(postSupports, and(eq(postSupports.postId, posts.id), eq(postSupports.placeId, posts.placeId)))
		.where(
			and(
				eq(posts.placeId, input.placeId),
				eq(posts.cycleId, input.cycleId),
				eq(posts.kind, input.kind),
				input.before ? sql`(${createdMs}, ${posts.id}) < (${input.before.createdAt.toISOString()}::timestamptz, ${input.before.id}::uuid)` : undefined
			)
		)
		.groupBy(posts.id)
		.orderBy(desc(createdMs), desc(posts.id))
		.limit(input.limit);
	return rows.map(({ hiddenAt, ...row }) => ({
		...row,
		body: hiddenAt ? '' : row.body,
		locationText: hiddenAt ? null : row.locationText,
		photo: hiddenAt ? null : row.photo
	}));
}
