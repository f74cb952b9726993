import { authorize } from '$lib/server/auth/guard';
import { changeCycleStatus, type StatusChange } from '$lib/server/cycles/change-cycle-status';
import { listCycleChanges } from '$lib/server/cycles/cycle-changes.queries';
import { canOnCycle } from '$lib/server/cycles/cycles.permissions';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import type { Person } from '$lib/server/auth/actor';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnCycle, 'cycle.pause', { placeId: place.id }, '/staff/sign-in');
	const changes = await listCycleChanges(db, cycle);
	const reason = changes.find((change) => change.kind === cycle.status)?.reason ?? null;
	return { place, cycle, reason };
};

/** One of the three changes, after the caller authorised it: the form's words checked, then the domain. */
async function change(event: RequestEvent, actor: Person, cycle: { id: string; placeId: string }, kind: StatusChange) {
	const values = await readForm(event);
	const reason = (values[`${kind}_reason`] ?? '').trim();
	// Everything wrong at once, so the lead fixes it in one go.
	const errors: Record<string, string> = {};
	if (kind !== 'resume' && !reason) errors[`${kind}_reason`] = `${kind}_reason_required`;
	if (kind === 'cancel' && values.cancel_confirm !== 'yes') errors.cancel_confirm = 'confirm_required';
	if (Object.keys(errors).length > 0) return failForm(400, errors, { values, form: kind });
	const db = await getDatabase();
	const result = await changeCycleStatus({ db, now: new Date() }, { cycle, change: kind, reason, userId: actor.userId, actorLabel: actor.email });
	if (result.ok) return { done: result.status };
	if (result.error === 'status_conflict') return failForm(409, { status: 'status_conflict' }, { form: kind });
	return failForm(400, { [`${kind}_reason`]: result.error === 'reason_required' ? `${kind}_reason_required` : result.error }, { values, form: kind });
}

export const actions = {
	pause: async (event) => {
		const { place, cycle } = await placeAndCycleOr404(await getDatabase(), event.params);
		const actor = authorize(event.locals.actor, canOnCycle, 'cycle.pause', { placeId: place.id });
		return change(event, actor, cycle, 'pause');
	},
	resume: async (event) => {
		const { place, cycle } = await placeAndCycleOr404(await getDatabase(), event.params);
		// Resuming is the other half of pausing: the same person's call.
		const actor = authorize(event.locals.actor, canOnCycle, 'cycle.pause', { placeId: place.id });
		return change(event, actor, cycle, 'resume');
	},
	cancel: async (event) => {
		const { place, cycle } = await placeAndCycleOr404(await getDatabase(), event.params);
		const actor = authorize(event.locals.actor, canOnCycle, 'cycle.cancel', { placeId: place.id });
		return change(event, actor, cycle, 'cancel');
	}
} satisfies Actions;
