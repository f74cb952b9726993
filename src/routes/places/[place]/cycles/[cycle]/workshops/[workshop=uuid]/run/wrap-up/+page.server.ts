import { m } from '$lib/paraglide/messages';
import { baseLocale, isLocale } from '$lib/paraglide/runtime';
import { formatDate } from '$lib/format';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { landWorkshop } from '$lib/server/workshops/land-workshop';
import { recordAttendance } from '$lib/server/workshops/record-attendance';
import { attendanceForm, landForm } from '$lib/server/workshops/workshop-setup-form';
import { canOnWorkshop } from '$lib/server/workshops/workshops.permissions';
import type { Actions, PageServerLoad } from './$types';
import { runTarget, workshopOr404 } from '../../workshop-or-404';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, workshop } = await workshopOr404(db, params);
	authorize(locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
	return { place, cycle, workshop };
};

export const actions = {
	attendance: async (event) => {
		const { deps, place, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.run', { placeId: place.id });
		const parsed = await parseForm(event, attendanceForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'attendance' });
		const { values } = parsed;
		const recorded = await recordAttendance(deps, actor, ref, parsed.data);
		return recorded.ok ? { done: 'workshop_attendance_recorded' as const } : failForm(409, { total: recorded.error }, { values, form: 'attendance' });
	},
	land: async (event) => {
		const { deps, place, workshop, ref } = await runTarget(event);
		const actor = authorize(event.locals.actor, canOnWorkshop, 'workshop.land', { placeId: place.id });
		const parsed = await parseForm(event, landForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'land' });
		const { values } = parsed;
		// Proposals are written in the place's first language; so are the words that credit the room.
		const language = place.languages[0] ?? baseLocale;
		const locale = isLocale(language) ? language : baseLocale;
		const when = formatDate(workshop.startsAt, locale, place.timeZone);
		const proposalDetails = m.workshop_team_land_details({ venue: workshop.venue, when }, { locale });
		const landed = await landWorkshop(deps, actor, ref, { into: parsed.data.into, proposalDetails, language });
		return landed.ok ? { done: 'workshop_landed' as const } : failForm(409, { into: landed.error }, { values, form: 'land' });
	}
} satisfies Actions;
