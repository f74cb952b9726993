import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { canOnChallenge } from '$lib/server/challenges/challenges.permissions';
import { listPostChoices } from '$lib/server/challenges/challenges.queries';
import { publishChallenge } from '$lib/server/challenges/publish-challenge';
import { updateChallenge } from '$lib/server/challenges/update-challenge';
import { getDatabase } from '$lib/server/platform/db';
import { challengeOr404 } from '$lib/server/challenges/challenge-or-404';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { challengeForm } from '$lib/validation/challenges';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const { place, cycle, challenge } = await challengeOr404(db, params, locals.actor);
	authorize(locals.actor, canOnChallenge, 'challenge.edit', { placeId: place.id }, '/staff/sign-in');
	return {
		place,
		cycle,
		challenge,
		posts: await listPostChoices(db, { placeId: place.id, cycleId: cycle.id, challengeId: challenge.id }),
		canPublish: canOnChallenge(locals.actor, 'challenge.publish', { placeId: place.id }),
		created: url.searchParams.has('created')
	};
};

export const actions = {
	save: async (event) => {
		const db = await getDatabase();
		const { place, cycle, challenge } = await challengeOr404(db, event.params, event.locals.actor);
		const actor = authorize(event.locals.actor, canOnChallenge, 'challenge.edit', { placeId: place.id });
		const parsed = await parseForm(event, challengeForm(place.languages));
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'save' });
		const { values } = parsed;
		const result = await updateChallenge({ db, now: new Date() }, actor, { placeId: place.id, cycleId: cycle.id, challengeId: challenge.id, ...parsed.data });
		if (!result.ok) {
			if (result.error === 'challenge_unknown') error(404, { message: 'Challenge not found', code: 'challenge_not_found' });
			return failForm(400, { posts: result.error }, { values, form: 'save' });
		}
		return { saved: true };
	},
	publish: async (event) => {
		const db = await getDatabase();
		const { place, cycle, challenge } = await challengeOr404(db, event.params, event.locals.actor);
		const actor = authorize(event.locals.actor, canOnChallenge, 'challenge.publish', { placeId: place.id });
		const result = await publishChallenge({ db, now: new Date() }, actor, { placeId: place.id, cycleId: cycle.id, challengeId: challenge.id });
		if (!result.ok && result.error === 'challenge_unknown') error(404, { message: 'Challenge not found', code: 'challenge_not_found' });
		// Publishing twice (a double click) lands on the same page: it is published either way.
		redirect(303, localizeHref(`/places/${place.slug}/cycles/${cycle.slug}/challenges/${challenge.id}?published=1`));
	}
} satisfies Actions;
