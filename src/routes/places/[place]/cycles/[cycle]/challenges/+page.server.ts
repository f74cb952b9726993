import { canOnChallenge } from '$lib/server/challenges/challenges.permissions';
import { listCycleChallenges } from '$lib/server/challenges/challenges.queries';
import { getDatabase } from '$lib/server/platform/db';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const team = canOnChallenge(locals.actor, 'challenge.view_drafts', { placeId: place.id });
	return {
		place,
		cycle,
		challenges: await listCycleChallenges(db, { placeId: place.id, cycleId: cycle.id, includeDrafts: team }),
		canCreate: canOnChallenge(locals.actor, 'challenge.create', { placeId: place.id })
	};
};
