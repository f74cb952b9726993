import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { deliveryPageOr404 } from '$lib/server/delivery/delivery-page-or-404';
import { canOnDelivery } from '$lib/server/delivery/delivery.permissions';
import { loadDeliveryDetails } from '$lib/server/delivery/delivery.queries';
import { followDelivery, followingAllowed, isFollowing, unfollowDelivery } from '$lib/server/delivery/follow-delivery';
import { failForm } from '$lib/server/platform/http/form-failure';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, delivery, project, target } = await deliveryPageOr404(db, params);
	return {
		place,
		cycle,
		delivery,
		project,
		...(await loadDeliveryDetails(db, target)),
		signedIn: locals.actor.kind === 'person',
		following: await isFollowing(db, locals.actor, target),
		followingAllowed: await followingAllowed(db, cycle),
		canManage: canOnDelivery(locals.actor, 'delivery.manage', { placeId: place.id })
	};
};

export const actions = {
	follow: async (event) => {
		const db = await getDatabase();
		const { place, target } = await deliveryPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnDelivery, 'delivery.follow', { placeId: place.id });
		const result = await followDelivery(db, actor, target);
		if (!result.ok) return failForm(result.error === 'follow_off' ? 409 : 400, { follow: result.error }, { form: 'follow' });
		return { followed: true };
	},
	unfollow: async (event) => {
		const db = await getDatabase();
		const { place, target } = await deliveryPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnDelivery, 'delivery.follow', { placeId: place.id });
		await unfollowDelivery(db, actor, target);
		return { unfollowed: true };
	}
} satisfies Actions;
