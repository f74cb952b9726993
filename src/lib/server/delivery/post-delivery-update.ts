import type { MailSender } from '../accounts/sign-in';
import type { Person } from '../auth/actor';
import type { PhotoUpload } from '../photos/read-photo-upload';
import { changeDelivery, type DeliveryDeps, type DeliveryRef } from './change-delivery';
import { deliveryUpdates } from './delivery.table';
import { notifyFollowers, type NotifyReport } from './notify-followers';
import { attachUpdatePhoto } from './update-photos';

export type PostUpdateResult = { ok: true; updateId: string; notified: NotifyReport } | { ok: false; error: 'delivery_unknown' | 'forbidden' };

/**
 * News on a delivery, with its first photo if one was sent, in one audited transaction (the update
 * never appears without the photo its writer sent). Followers are emailed after it commits: a
 * mail server that is down costs them this email, never the update itself.
 */
export async function postDeliveryUpdate(
	deps: DeliveryDeps & { mailer: MailSender; origin: string },
	actor: Person,
	target: DeliveryRef,
	input: { body: string; language: string; upload: PhotoUpload | null }
): Promise<PostUpdateResult> {
	const posted = await changeDelivery<never>(deps, actor, target, 'delivery.update_posted', async (tx, delivery) => {
		const [row] = await tx
			.insert(deliveryUpdates)
			.values({ placeId: delivery.placeId, deliveryId: delivery.id, body: input.body, language: input.language, writtenByUserId: actor.userId, createdAt: deps.now })
			.returning({ id: deliveryUpdates.id });
		if (input.upload) {
			const attached = await attachUpdatePhoto(tx, { ...target, updateId: row.id, upload: input.upload, uploadedByUserId: actor.userId });
			// An update made a moment ago in this transaction has no photos yet.
			if (!attached.ok) throw new Error(`a new update refused its photo: ${attached.error}`);
		}
		return { subjectType: 'delivery_update', subjectId: row.id, details: { language: input.language, photo: input.upload !== null } };
	});
	if (!posted.ok) return posted;
	const notified = await notifyFollowers(deps, { ...target, body: input.body });
	return { ok: true, updateId: posted.subjectId, notified };
}

/** Another photo on an update already posted (up to the maximum), audited like the update. Followers are not emailed again. */
export function addUpdatePhoto(deps: DeliveryDeps, actor: Person, target: DeliveryRef, input: { updateId: string; upload: PhotoUpload }) {
	return changeDelivery<'photo_too_many' | 'delivery_update_unknown'>(deps, actor, target, 'delivery.update_photo_added', async (tx) => {
		const attached = await attachUpdatePhoto(tx, { ...target, updateId: input.updateId, upload: input.upload, uploadedByUserId: actor.userId });
		if (!attached.ok) return { refused: attached.error };
		return { subjectType: 'photo', subjectId: attached.photoId, details: { updateId: input.updateId } };
	});
}
