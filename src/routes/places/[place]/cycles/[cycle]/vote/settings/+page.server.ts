import { error } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { readForm } from '$lib/server/platform/http/read-form';
import { loadVoteSettings, updateVoteSettings } from '$lib/server/voting/vote-settings';
import { loadRegisterSummary } from '$lib/server/voting/voter-register';
import { canOnVoting } from '$lib/server/voting/voting.permissions';
import { readVoteSettingsForm } from './read-settings-form';
import type { Actions, PageServerLoad } from './$types';

function noTestPhase(): never {
	error(404, { message: 'This cycle has no vote', code: 'no_test_phase' });
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnVoting, 'vote.configure', { placeId: place.id }, '/staff/sign-in');
	const vote = await loadVoteSettings(db, cycle);
	if (!vote) noTestPhase();
	const register = await loadRegisterSummary(db, cycle);
	return { place, cycle, settings: vote.settings, locked: vote.locked, ballotKnown: vote.ballotKnown, misfit: vote.misfit, registerSize: register.size };
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnVoting, 'vote.configure', { placeId: place.id });
		const values = await readForm(event);
		const result = await updateVoteSettings({ db, now: new Date() }, { cycle, settings: readVoteSettingsForm(values), userId: actor.userId, actorLabel: actor.email });
		if (result.ok) return { saved: true };
		if (result.error === 'no_test_phase') noTestPhase();
		// Locked: one message for the ballot's part of the form (now shown read-only), the rest kept as typed.
		if (result.error === 'locked') return failForm(409, { locked: 'locked' }, { values });
		return failForm(400, result.fields, { values, params: result.params });
	}
} satisfies Actions;
