import { phaseDatesFormValues, readPhaseDatesForm } from '$lib/cycles/phase-dates-form';
import { phaseStateAt } from '$lib/cycles/timeline';
import { authorize } from '$lib/server/auth/guard';
import { changeCycleDates } from '$lib/server/cycles/change-cycle-dates';
import { canOnCycle } from '$lib/server/cycles/cycles.permissions';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { problemFields, readingErrors, readShown, shownFields } from './dates-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnCycle, 'cycle.change_dates', { placeId: place.id }, '/staff/sign-in');
	const now = new Date();
	return {
		place,
		cycle,
		changeable: cycle.status === 'active' || cycle.status === 'paused',
		phases: cycle.phases.map((phase) => ({ kind: phase.kind, opensAt: phase.opensAt, state: phaseStateAt(phase, now) })),
		// The form as stored, on the place's clock, and what it showed (so untouched phases stay untouched).
		stored: { ...phaseDatesFormValues(cycle.phases, place.timeZone), ...shownFields(cycle.phases) }
	};
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnCycle, 'cycle.change_dates', { placeId: place.id });
		const values = await readForm(event);
		const kinds = cycle.phases.map((phase) => phase.kind);
		const read = readPhaseDatesForm(values, place.timeZone, { kinds });
		if (Object.keys(read.errors).length > 0) {
			const { errors, params } = readingErrors(read.errors);
			return failForm(400, errors, { values, params });
		}
		const result = await changeCycleDates(
			{ db, now: new Date() },
			{ cycle, proposed: read.phases, shown: readShown(values, kinds), reason: values.reason ?? '', userId: actor.userId, actorLabel: actor.email }
		);
		if (result.ok) {
			return {
				saved: true,
				opensNow: result.changes.filter((c) => c.opensNow).map((c) => c.kind),
				closesNow: result.changes.filter((c) => c.closesNow).map((c) => c.kind)
			};
		}
		if (result.error === 'cycle_closed') return failForm(409, { phases: 'cycle_closed' }, { values });
		const { errors, params } = problemFields(result.problems);
		return failForm(400, errors, { values, params });
	}
} satisfies Actions;
