import { redirect } from '@sveltejs/kit';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { scheduleFormErrors } from '$lib/components/cycles/schedule-errors';
import { readPhaseDatesForm } from '$lib/cycles/phase-dates-form';
import { checkPhaseSchedule } from '$lib/cycles/phase-schedule';
import { authorize } from '$lib/server/auth/guard';
import { copyCycle } from '$lib/server/cycles/copy-cycle';
import { canOnCycle } from '$lib/server/cycles/cycles.permissions';
import { listCyclesToCopy } from '$lib/server/cycles/cycles.queries';
import { startCycle } from '$lib/server/cycles/start-cycle';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeOr404 } from '$lib/server/places/place-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { fieldErrors } from '$lib/validation/fields';
import { startCycleForm } from '$lib/validation/cycle-start';
import { readCopyChoice } from './copy-choice';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const place = await placeOr404(db, params.place);
	authorize(locals.actor, canOnCycle, 'cycle.create', { placeId: place.id }, '/staff/sign-in');
	const [cycles, copy] = await Promise.all([listCyclesToCopy(db, place.id), readCopyChoice(db, place, url)]);
	return { place, cycles, copy };
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const place = await placeOr404(db, event.params.place);
		const actor = authorize(event.locals.actor, canOnCycle, 'cycle.create', { placeId: place.id });
		const values = await readForm(event);
		const words = startCycleForm(place.languages).safeParse(values);
		const dates = readPhaseDatesForm(values, place.timeZone);
		const schedule = scheduleFormErrors(checkPhaseSchedule(dates.phases), dates.errors, dates.phases, place.timeZone, getLocale());
		const errors = { ...(words.success ? {} : fieldErrors(words.error)), ...schedule.errors };
		if (!words.success || Object.keys(errors).length > 0) return failForm(400, errors, { values, params: schedule.params });

		const input = { placeId: place.id, title: words.data.title, challenge: words.data.challenge, slug: words.data.slug, phases: dates.phases };
		const deps = { db, now: new Date() };
		const result = words.data.fromCycleId
			? await copyCycle(deps, actor, { ...input, sourceCycleId: words.data.fromCycleId })
			: await startCycle(deps, actor, input);
		if (!result.ok) {
			if (result.error === 'schedule_invalid') {
				const refused = scheduleFormErrors(result.problems, {}, dates.phases, place.timeZone, getLocale());
				return failForm(400, refused.errors, { values, params: refused.params });
			}
			return failForm(400, result.error === 'cycle_slug_taken' ? { slug: result.error } : { from: result.error }, { values });
		}
		redirect(303, localizeHref(`/places/${place.slug}/cycles/${result.slug}`));
	}
} satisfies Actions;
