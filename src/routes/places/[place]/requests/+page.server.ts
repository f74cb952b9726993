import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { canOnCentralService } from '$lib/server/central-services/central-services.permissions';
import { requestForm } from '$lib/server/central-services/central-services-forms';
import { listPlaceRequests, listServices } from '$lib/server/central-services/central-services.queries';
import { notifyServiceOfRequest } from '$lib/server/central-services/notify-request';
import { raiseRequest } from '$lib/server/central-services/raise-request';
import { todayIn } from '$lib/server/delivery/delivery-forms';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { getMailer } from '$lib/server/platform/services';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	authorize(locals.actor, canOnCentralService, 'service.view', { placeId: place.id }, '/staff/sign-in');
	const services = await listServices(db);
	return {
		place: { slug: place.slug, name: place.name, languages: place.languages },
		requests: await listPlaceRequests(db, place.id),
		services: services.map((service) => ({ id: service.id, name: service.name })),
		today: todayIn(new Date(), place.timeZone),
		canRaise: canOnCentralService(locals.actor, 'request.raise', { placeId: place.id })
	};
};

export const actions = {
	raise: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const actor = authorize(event.locals.actor, canOnCentralService, 'request.raise', { placeId: place.id }, '/staff/sign-in');
		const now = new Date();
		const parsed = await parseForm(event, requestForm(todayIn(now, place.timeZone)));
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const raised = await raiseRequest({ db, now }, actor, place.id, parsed.data);
		if (!raised.ok) return failForm(400, { serviceId: raised.error }, { values: parsed.values });
		await notifyServiceOfRequest({ db, mailer: await getMailer(), origin: event.url.origin }, place.id, raised.requestId);
		redirect(303, `${localizeHref(`/places/${place.slug}/requests/${raised.requestId}`)}?sent=1`);
	}
} satisfies Actions;
