import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { loadPlaceOverview } from '$lib/server/places/place-overview';
import { canOnTeam } from '$lib/server/teams/teams.permissions';
import { canOnCycle } from '$lib/server/cycles/cycles.permissions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const overview = await loadPlaceOverview(await getDatabase(), params.place);
	if (!overview) error(404, { message: 'Place not found', code: 'place_not_found' });
	return {
		...overview,
		now: new Date(),
		canSeeTeam: canOnTeam(locals.actor, 'team.view', { placeId: overview.place.id }),
		canStartCycle: canOnCycle(locals.actor, 'cycle.create', { placeId: overview.place.id })
	};
};
