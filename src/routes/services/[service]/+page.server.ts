import { error } from '@sveltejs/kit';
import { summariseAnswerTimes } from '$lib/central-services/answer-times';
import { authorize } from '$lib/server/auth/guard';
import { canOnCentralService } from '$lib/server/central-services/central-services.permissions';
import { removeResponderForm, responderForm } from '$lib/server/central-services/central-services-forms';
import { findServiceBySlug, listAnswerDurations, listResponders, listServiceRequests } from '$lib/server/central-services/central-services.queries';
import { addResponder, removeResponder } from '$lib/server/central-services/manage-services';
import { getDatabase } from '$lib/server/platform/db';
import type { Database } from '$lib/server/platform/db/database';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import type { Actions, PageServerLoad } from './$types';

async function serviceOr404(db: Database, slug: string) {
	const service = await findServiceBySlug(db, slug);
	if (!service) error(404, { message: 'Not found', code: 'not_found' });
	return service;
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	authorize(locals.actor, canOnCentralService, 'service.view', {}, '/staff/sign-in');
	const service = await serviceOr404(db, params.service);
	const requests = await listServiceRequests(db, service.id);
	const people = await listResponders(db, service.id);
	return {
		service: { slug: service.slug, name: service.name, about: service.about },
		requests,
		rated: requests.filter((request) => request.rating !== null),
		times: summariseAnswerTimes(await listAnswerDurations(db, service.id)),
		// A service's people answer to places by name, else by their work address (staff accounts, named by a steward).
		people: people.map((person) => ({ userId: person.userId, name: person.name ?? person.email })),
		canManagePeople: canOnCentralService(locals.actor, 'service.manage_people', { serviceId: service.id })
	};
};

export const actions = {
	addPerson: async (event) => {
		const db = await getDatabase();
		const service = await serviceOr404(db, event.params.service);
		const actor = authorize(event.locals.actor, canOnCentralService, 'service.manage_people', { serviceId: service.id }, '/staff/sign-in');
		const parsed = await parseForm(event, responderForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'people' });
		const added = await addResponder({ db, now: new Date() }, actor, service.id, parsed.data.email);
		if (!added.ok) return failForm(400, { email: added.error }, { values: parsed.values, form: 'people' });
		return { done: 'added' };
	},
	removePerson: async (event) => {
		const db = await getDatabase();
		const service = await serviceOr404(db, event.params.service);
		const actor = authorize(event.locals.actor, canOnCentralService, 'service.manage_people', { serviceId: service.id }, '/staff/sign-in');
		const parsed = await parseForm(event, removeResponderForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'people' });
		await removeResponder({ db, now: new Date() }, actor, service.id, parsed.data.userId);
		return { done: 'removed' };
	}
} satisfies Actions;
