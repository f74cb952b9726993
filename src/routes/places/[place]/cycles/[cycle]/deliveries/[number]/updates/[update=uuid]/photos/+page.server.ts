import { error } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import type { Database } from '$lib/server/platform/db/database';
import { deliveryPageOr404 } from '$lib/server/delivery/delivery-page-or-404';
import { canOnDelivery } from '$lib/server/delivery/delivery.permissions';
import { findDeliveryUpdate } from '$lib/server/delivery/delivery.queries';
import { addUpdatePhoto } from '$lib/server/delivery/post-delivery-update';
import { listUpdatePhotos, MAX_UPDATE_PHOTOS } from '$lib/server/delivery/update-photos';
import { failForm } from '$lib/server/platform/http/form-failure';
import { readAddedPhoto } from '$lib/server/photos/read-added-photo';
import type { Actions, PageServerLoad } from './$types';

/** The update the URL names, on this delivery of this place; anything else is a 404. */
async function updateOr404(db: Database, params: { place: string; cycle: string; number: string; update: string }) {
	const page = await deliveryPageOr404(db, params);
	const update = await findDeliveryUpdate(db, page.target, params.update);
	if (!update) error(404, { message: 'Update not found', code: 'delivery_update_not_found' });
	return { ...page, update };
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, project, update } = await updateOr404(db, params);
	authorize(locals.actor, canOnDelivery, 'delivery.manage', { placeId: place.id });
	const photos = (await listUpdatePhotos(db, place.id, [update.id])).get(update.id) ?? [];
	return { place, cycle, project, update, photos, max: MAX_UPDATE_PHOTOS, canAdd: photos.length < MAX_UPDATE_PHOTOS };
};

export const actions = {
	add: async (event) => {
		const db = await getDatabase();
		const { place, target, update } = await updateOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnDelivery, 'delivery.manage', { placeId: place.id });
		const now = new Date();
		const added = await readAddedPhoto(event, { db, now }, actor);
		if (!added.ok) return added.failure;
		const result = await addUpdatePhoto({ db, now }, actor, target, { updateId: update.id, upload: added.upload });
		if (!result.ok) return failForm(400, { photo: result.error }, { form: 'photo' });
		return { added: true };
	}
} satisfies Actions;
