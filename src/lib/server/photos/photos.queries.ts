import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { posts } from '../posts/posts.table';
import { proposals } from '../proposals/proposals.table';
import { smallSumsSpends } from '../small-sums/small-sums.table';
import type { PhotoSubject } from './attach-photo';
import { photos } from './photos.table';
import type { PhotoSize, PhotoView } from '../../photos/photo-view';


/**
 * The stored bytes of one size of a photo, or null when there is no such photo or what it belongs
 * to is hidden: a hidden post or proposal takes its photos with it. A small-sums receipt is served
 * only when its team ticked "show the receipt publicly" (receipts can show names).
 */
export async function findServablePhoto(db: Database, input: { photoId: string; size: PhotoSize }): Promise<{ bytes: Uint8Array; contentType: string } | null> {
	const [row] = await db
		.select({ bytes: input.size === 'small' ? photos.small : photos.large, contentType: photos.contentType })
		.from(photos)
		.leftJoin(posts, and(eq(posts.id, photos.postId), eq(posts.placeId, photos.placeId)))
		.leftJoin(proposals, and(eq(proposals.id, photos.proposalId), eq(proposals.placeId, photos.placeId)))
		.leftJoin(smallSumsSpends, and(eq(smallSumsSpends.id, photos.smallSumsSpendId), eq(smallSumsSpends.placeId, photos.placeId)))
		.where(and(eq(photos.id, input.photoId), isNull(posts.hiddenAt), isNull(proposals.hiddenAt), or(isNull(photos.smallSumsSpendId), eq(smallSumsSpends.receiptPublic, true))))
		.limit(1);
	return row ?? null;
}

/** What a page needs to show a photo (the PhotoView), as select columns every photo list shares. */
export const photoViewColumns = {
	id: photos.id,
	altText: photos.altText,
	width: photos.smallWidth,
	height: photos.smallHeight,
	largeWidth: photos.largeWidth,
	largeHeight: photos.largeHeight
};

/** The photos of a post or a proposal, oldest first. The caller has checked the subject is not hidden. */
export async function listPhotos(db: Database, input: { placeId: string; subject: PhotoSubject }): Promise<PhotoView[]> {
	const onSubject = input.subject.kind === 'post' ? eq(photos.postId, input.subject.id) : eq(photos.proposalId, input.subject.id);
	return db
		.select(photoViewColumns)
		.from(photos)
		.where(and(eq(photos.placeId, input.placeId), onSubject))
		.orderBy(asc(photos.createdAt), asc(photos.id));
}
