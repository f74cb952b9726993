import { and, count, eq, isNull } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { posts } from '../posts/posts.table';
import { proposals } from '../proposals/proposals.table';
import { photos } from './photos.table';
import type { ProcessedPhoto } from './process-photo';

/** A post shows one photo beside its words; a proposal a few, to show the place and the idea. */
export const MAX_PHOTOS = { post: 1, proposal: 4 } as const;

export type PhotoSubject = { kind: 'post'; id: string } | { kind: 'proposal'; id: string };

export type AttachPhotoResult = { ok: true; photoId: string } | { ok: false; error: 'photo_too_many' | 'post_unknown' | 'proposal_unknown' };

/**
 * Keeps a processed photo on a post or a proposal of the place, up to its maximum. The subject's
 * row is locked first, so two uploads at once cannot both take the last place; a hidden subject
 * takes no photos. Runs in the caller's transaction when given one.
 */
export async function attachPhoto(
	db: Database,
	input: { placeId: string; subject: PhotoSubject; photo: ProcessedPhoto; altText: string; uploadedByUserId: string | null }
): Promise<AttachPhotoResult> {
	const { placeId, subject, photo } = input;
	return db.transaction(async (tx): Promise<AttachPhotoResult> => {
		if (!(await lockSubject(tx, placeId, subject))) return { ok: false, error: subject.kind === 'post' ? 'post_unknown' : 'proposal_unknown' };
		const onSubject = subject.kind === 'post' ? eq(photos.postId, subject.id) : eq(photos.proposalId, subject.id);
		const [{ taken }] = await tx
			.select({ taken: count() })
			.from(photos)
			.where(and(eq(photos.placeId, placeId), onSubject));
		if (taken >= MAX_PHOTOS[subject.kind]) return { ok: false, error: 'photo_too_many' };
		const [row] = await tx
			.insert(photos)
			.values({
				placeId,
				postId: subject.kind === 'post' ? subject.id : null,
				proposalId: subject.kind === 'proposal' ? subject.id : null,
				uploadedByUserId: input.uploadedByUserId,
				altText: input.altText,
				contentType: photo.contentType,
				large: photo.large.bytes,
				largeWidth: photo.large.width,
				largeHeight: photo.large.height,
				small: photo.small.bytes,
				smallWidth: photo.small.width,
				smallHeight: photo.small.height
			})
			.returning({ id: photos.id });
		return { ok: true, photoId: row.id };
	});
}

async function lockSubject(tx: Database, placeId: string, subject: PhotoSubject): Promise<boolean> {
	const rows =
		subject.kind === 'post'
			? await tx
					.select({ id: posts.id })
					.from(posts)
					.where(and(eq(posts.id, subject.id), eq(posts.placeId, placeId), isNull(posts.hiddenAt)))
					.for('update')
			: await tx
					.select({ id: proposals.id })
					.from(proposals)
					.where(and(eq(proposals.id, subject.id), eq(proposals.placeId, placeId), isNull(proposals.hiddenAt)))
					.for('update');
	return rows.length > 0;
}
