import { error, redirect } from '@sveltejs/kit';
import { kindFromUrlWord } from '$lib/cycles/phase-url-words';
import { localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { canOnCycle } from '$lib/server/cycles/cycles.permissions';
import { loadPhaseSettings, updatePhaseSettings, type SettingsPhaseKind } from '$lib/server/cycles/phase-settings';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { readPhaseSettingsForm } from './read-phase-settings-form';
import type { Actions, PageServerLoad } from './$types';

function phaseNotInCycle(): never {
	error(404, { message: 'This cycle does not have that phase', code: 'phase_not_in_cycle' });
}

/** The phase kind the URL names; the vote's settings have their own page, and any other word is a 404. */
function kindOr404(word: string, voteSettingsHref: string): SettingsPhaseKind {
	const kind = kindFromUrlWord(word);
	if (kind === 'test') redirect(303, localizeHref(voteSettingsHref));
	if (!kind) error(404, { message: 'No such phase', code: 'phase_unknown' });
	return kind;
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const kind = kindOr404(params.kind, `/places/${place.slug}/cycles/${cycle.slug}/vote/settings`);
	authorize(locals.actor, canOnCycle, 'phase.edit', { placeId: place.id }, '/staff/sign-in');
	const settings = await loadPhaseSettings(db, cycle, kind);
	if (!settings) phaseNotInCycle();
	return { place, cycle, kind, settings };
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const kind = kindOr404(event.params.kind, `/places/${place.slug}/cycles/${cycle.slug}/vote/settings`);
		const actor = authorize(event.locals.actor, canOnCycle, 'phase.edit', { placeId: place.id });
		const values = await readForm(event);
		const form = readPhaseSettingsForm(kind, values);
		if (Object.keys(form.problems).length > 0) return failForm(400, form.problems, { values });
		const result = await updatePhaseSettings({ db, now: new Date() }, { cycle, kind, settings: form.settings, userId: actor.userId, actorLabel: actor.email });
		if (result.ok) return { saved: true };
		if (result.error === 'no_phase') phaseNotInCycle();
		return failForm(400, result.fields, { values, params: result.params });
	}
} satisfies Actions;
