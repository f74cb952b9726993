import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { photoViewColumns } from '../photos/photos.queries';
import type { PhotoView } from '../../photos/photo-view';
import { photos } from '../photos/photos.table';
import type { PhotoUpload } from '../photos/read-photo-upload';
import { deliveryUpdates } from './delivery.table';

/** An update shows a few photos of the work, each with its description, like a proposal. */
export const MAX_UPDATE_PHOTOS = 4;

/**
 * Keeps a processed photo on an update of this delivery of this place, up to the maximum. The
 * update's row is locked first, so two uploads at once cannot both take the last place. Runs in
 * the caller's transaction when given one. (The photos module's attachPhoto knows posts and
 * proposals; an update is a subject of the delivery domain, so it is attached here.)
 */
export async function attachUpdatePhoto(
	db: Database,
	input: { placeId: string; deliveryId: string; updateId: string; upload: PhotoUpload; uploadedByUserId: string | null }
): Promise<{ ok: true; photoId: string } | { ok: false; error: 'photo_too_many' | 'delivery_update_unknown' }> {
	const { placeId, upload } = input;
	return db.transaction(async (tx) => {
		const [update] = await tx
			.select({ id: deliveryUpdates.id })
			.from(deliveryUpdates)
			.where(and(eq(deliveryUpdates.id, input.updateId), eq(deliveryUpdates.deliveryId, input.deliveryId), eq(deliveryUpdates.placeId, placeId)))
			.for('update');
		if (!update) return { ok: false as const, error: 'delivery_update_unknown' as const };
		const [{ taken }] = await tx
			.select({ taken: count() })
			.from(photos)
			.where(and(eq(photos.placeId, placeId), eq(photos.deliveryUpdateId, update.id)));
		if (taken >= MAX_UPDATE_PHOTOS) return { ok: false as const, error: 'photo_too_many' as const };
		const [row] = await tx
			.insert(photos)
			.values({
				placeId,
				deliveryUpdateId: update.id,
				uploadedByUserId: input.uploadedByUserId,
				altText: upload.altText,
				contentType: upload.photo.contentType,
				large: upload.photo.large.bytes,
				largeWidth: upload.photo.large.width,
				largeHeight: upload.photo.large.height,
				small: upload.photo.small.bytes,
				smallWidth: upload.photo.small.width,
				smallHeight: upload.photo.small.height
			})
			.returning({ id: photos.id });
		return { ok: true as const, photoId: row.id };
	});
}

/** The photos of some updates of a place, oldest first within each update, by update id. */
export async function listUpdatePhotos(db: Database, placeId: string, updateIds: string[]): Promise<Map<string, PhotoView[]>> {
	const byUpdate = new Map<string, PhotoView[]>();
	if (updateIds.length === 0) return byUpdate;
	const rows = await db
		.select({ updateId: photos.deliveryUpdateId, ...photoViewColumns })
		.from(photos)
		.where(and(eq(photos.placeId, placeId), inArray(photos.deliveryUpdateId, updateIds)))
		.orderBy(asc(photos.createdAt), asc(photos.id));
	for (const { updateId, ...photo } of rows) {
		const list = byUpdate.get(updateId!) ?? [];
		list.push(photo);
		byUpdate.set(updateId!, list);
	}
	return byUpdate;
}
