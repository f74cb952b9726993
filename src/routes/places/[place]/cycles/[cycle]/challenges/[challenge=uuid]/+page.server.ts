import { canOnChallenge } from '$lib/server/challenges/challenges.permissions';
import { listAnsweringProposals } from '$lib/server/challenges/challenges.queries';
import { getDatabase } from '$lib/server/platform/db';
import { challengeOr404 } from '$lib/server/challenges/challenge-or-404';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, challenge } = await challengeOr404(db, params, locals.actor);
	return {
		place,
		cycle,
		challenge,
		proposals: await listAnsweringProposals(db, { placeId: place.id, challengeId: challenge.id }),
		canEdit: canOnChallenge(locals.actor, 'challenge.edit', { placeId: place.id })
	};
};
