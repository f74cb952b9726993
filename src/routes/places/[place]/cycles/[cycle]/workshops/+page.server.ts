import { redirect } from '@sveltejs/kit';
import { findCycleMoment } from '$lib/cycles/timeline';
import { localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { createWorkshop } from '$lib/server/workshops/create-workshop';
import { activityForm, createWorkshopForm, formLimits } from '$lib/server/workshops/workshop-setup-form';
import { listCycleWorkshops } from '$lib/server/workshops/workshops.queries';
import { canOnWorkshop } from '$lib/server/workshops/workshops.permissions';
import { fieldErrors } from '$lib/validation/fields';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const moment = findCycleMoment(cycle.phases, new Date());
	return {
		place,
		cycle,
		workshops: await listCycleWorkshops(db, cycle),
		phases: [...cycle.phases].sort((a, b) => a.position - b.position).map((phase) => phase.kind),
		// The phase open now is what a new workshop is most likely for.
		defaultPhase: moment.state === 'open' ? moment.current.kind : null,
		canCreate: canOnWorkshop(locals.actor, 'workshop.create', { placeId: place.id })
	};
};

export const actions = {
	create: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.create', { placeId: place.id });
		const values = await readForm(event);
		const workshop = createWorkshopForm(place.timeZone).safeParse(values);
		const activity = activityForm.safeParse(values);
		// Every problem at once, the workshop's and its first activity's.
		if (!workshop.success || !activity.success) {
			return failForm(400, { ...(workshop.success ? {} : fieldErrors(workshop.error)), ...(activity.success ? {} : fieldErrors(activity.error)) }, { values, params: formLimits });
		}
		const created = await createWorkshop({ db, now: new Date() }, actor, cycle, { ...workshop.data, firstActivity: activity.data });
		if (!created.ok) return failForm(400, { phaseKind: created.error }, { values });
		redirect(303, localizeHref(`/places/${place.slug}/cycles/${cycle.slug}/workshops/${created.workshopId}/run`));
	}
} satisfies Actions;
