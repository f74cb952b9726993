import { error } from '@sveltejs/kit';
import { answersAfter, isClosed } from '$lib/central-services/request-statuses';
import { answerRequest } from '$lib/server/central-services/answer-request';
import { authorize } from '$lib/server/auth/guard';
import { canOnCentralService } from '$lib/server/central-services/central-services.permissions';
import { answerForm, ratingForm } from '$lib/server/central-services/central-services-forms';
import { loadRequest } from '$lib/server/central-services/central-services.queries';
import { notifyPlaceOfAnswer } from '$lib/server/central-services/notify-request';
import { rateRequest } from '$lib/server/central-services/rate-request';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { getDatabase } from '$lib/server/platform/db';
import type { Database } from '$lib/server/platform/db/database';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { getMailer } from '$lib/server/platform/services';
import type { Actions, PageServerLoad } from './$types';

/** The place and its request, or 404: a request is only ever found under the place that raised it. */
async function requestOr404(db: Database, params: { place: string; request: string }) {
	const place = await placeOr404(db, params.place);
	const loaded = await loadRequest(db, place.id, params.request);
	if (!loaded) error(404, { message: 'Not found', code: 'not_found' });
	return { place, ...loaded };
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	authorize(locals.actor, canOnCentralService, 'service.view', {}, '/staff/sign-in');
	const { place, request, steps } = await requestOr404(db, params);
	const target = { placeId: place.id, serviceId: request.serviceId };
	return {
		place: { slug: place.slug, name: place.name, languages: place.languages, timeZone: place.timeZone },
		request,
		steps,
		answers: canOnCentralService(locals.actor, 'request.answer', target) ? answersAfter(request.status) : [],
		canRate: canOnCentralService(locals.actor, 'request.rate', target) && isClosed(request.status) && request.rating === null,
		sent: url.searchParams.has('sent')
	};
};

export const actions = {
	answer: async (event) => {
		const db = await getDatabase();
		const { place, request } = await requestOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnCentralService, 'request.answer', { placeId: place.id, serviceId: request.serviceId }, '/staff/sign-in');
		const parsed = await parseForm(event, answerForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'answer' });
		const target = { requestId: request.id, placeId: place.id };
		const answered = await answerRequest({ db, now: new Date() }, actor, target, parsed.data);
		if (!answered.ok) return failForm(409, { answer: answered.error }, { values: parsed.values, form: 'answer' });
		await notifyPlaceOfAnswer({ db, mailer: await getMailer(), origin: event.url.origin }, place.id, request.id, parsed.data.answer);
		return { done: 'answered' };
	},
	rate: async (event) => {
		const db = await getDatabase();
		const { place, request } = await requestOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnCentralService, 'request.rate', { placeId: place.id, serviceId: request.serviceId }, '/staff/sign-in');
		const parsed = await parseForm(event, ratingForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'rate' });
		const rated = await rateRequest({ db, now: new Date() }, actor, { requestId: request.id, placeId: place.id }, parsed.data);
		if (!rated.ok) return failForm(409, { score: rated.error }, { values: parsed.values, form: 'rate' });
		return { done: 'rated' };
	}
} satisfies Actions;
