import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { createChallenge } from '$lib/server/challenges/create-challenge';
import { canOnChallenge } from '$lib/server/challenges/challenges.permissions';
import { listPostChoices } from '$lib/server/challenges/challenges.queries';
import { getDatabase } from '$lib/server/platform/db';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { challengeForm } from '$lib/validation/challenges';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnChallenge, 'challenge.create', { placeId: place.id }, '/staff/sign-in');
	return { place, cycle, posts: await listPostChoices(db, { placeId: place.id, cycleId: cycle.id, challengeId: null }) };
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnChallenge, 'challenge.create', { placeId: place.id });
		const parsed = await parseForm(event, challengeForm(place.languages));
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { values } = parsed;
		const result = await createChallenge({ db, now: new Date() }, actor, { placeId: place.id, cycleId: cycle.id, ...parsed.data });
		if (!result.ok) return failForm(400, { posts: result.error }, { values });
		redirect(303, localizeHref(`/places/${place.slug}/cycles/${cycle.slug}/challenges/${result.challengeId}/edit?created=1`));
	}
} satisfies Actions;
