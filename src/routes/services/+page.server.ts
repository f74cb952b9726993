import { authorize } from '$lib/server/auth/guard';
import { canOnCentralService } from '$lib/server/central-services/central-services.permissions';
import { serviceForm } from '$lib/server/central-services/central-services-forms';
import { listServices } from '$lib/server/central-services/central-services.queries';
import { createService } from '$lib/server/central-services/manage-services';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals.actor, canOnCentralService, 'service.view', {}, '/staff/sign-in');
	return { services: await listServices(await getDatabase()), canCreate: canOnCentralService(locals.actor, 'service.create', {}) };
};

export const actions = {
	create: async (event) => {
		const actor = authorize(event.locals.actor, canOnCentralService, 'service.create', {}, '/staff/sign-in');
		const parsed = await parseForm(event, serviceForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'create' });
		const created = await createService({ db: await getDatabase(), now: new Date() }, actor, parsed.data);
		if (!created.ok) return failForm(409, { nameEn: created.error }, { values: parsed.values, form: 'create' });
		return { created: { slug: created.service.slug, name: created.service.name } };
	}
} satisfies Actions;
