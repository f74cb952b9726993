import { and, desc, eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { photoViewColumns } from '../photos/photos.queries';
import type { PhotoView } from '../../photos/photo-view';
import { photos } from '../photos/photos.table';
import type { PhotoUpload } from '../photos/read-photo-upload';

/**
 * The lead puts a photo of the place on its page. A new photo replaces the old one on the page but
 * nothing is deleted: the newest photo of the place is the one shown.
 */
export async function addPlacePhoto({ db, now }: { db: Database; now: Date }, actor: Person, input: { placeId: string; upload: PhotoUpload }): Promise<{ ok: true; photoId: string }> {
	const { photo, altText } = input.upload;
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(photos)
			.values({
				placeId: input.placeId,
				ofPlace: true,
				uploadedByUserId: actor.userId,
				altText,
				contentType: photo.contentType,
				large: photo.large.bytes,
				largeWidth: photo.large.width,
				largeHeight: photo.large.height,
				small: photo.small.bytes,
				smallWidth: photo.small.width,
				smallHeight: photo.small.height,
				createdAt: now
			})
			.returning({ id: photos.id });
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'place.photo_added',
			subjectType: 'photo',
			subjectId: row.id,
			details: { description: altText },
			occurredAt: now
		});
		return { ok: true as const, photoId: row.id };
	});
}

/** The photo the place's page shows (its newest), or null. */
export async function findPlacePhoto(db: Database, placeId: string): Promise<PhotoView | null> {
	const [photo] = await db
		.select(photoViewColumns)
		.from(photos)
		.where(and(eq(photos.placeId, placeId), eq(photos.ofPlace, true)))
		.orderBy(desc(photos.createdAt), desc(photos.id))
		.limit(1);
	return photo ?? null;
}
