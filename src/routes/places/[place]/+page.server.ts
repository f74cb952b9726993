import { error } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/platform/db';
import { loadPlaceOverview } from '$lib/server/places/place-overview';
import { findPlacePhoto } from '$lib/server/places/place-photo';
import { canOnPlace } from '$lib/server/places/places.permissions';
import { canOnTeam } from '$lib/server/teams/teams.permissions';
import { canOnCycle } from '$lib/server/cycles/cycles.permissions';
import { timelinePhases } from '$lib/server/cycles/phase-timeline';
import { loadCallsToAction } from '$lib/server/places/calls-to-action';
import { todayIn } from '$lib/server/delivery/delivery-forms';
import { currentPot, listPots } from '$lib/server/small-sums/small-sums.queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const now = new Date();
	const overview = await loadPlaceOverview(db, params.place, now);
	if (!overview) error(404, { message: 'Place not found', code: 'place_not_found' });
	const placeId = overview.place.id;
	return {
		...overview,
		timeline: overview.current ? timelinePhases(overview.current.phases) : [],
		calls: overview.current ? await loadCallsToAction(db, overview.current, now) : [],
		photo: await findPlacePhoto(db, placeId),
		smallSums: currentPot(await listPots(db, placeId), todayIn(now, overview.place.timeZone)),
		now,
		canSeeTeam: canOnTeam(locals.actor, 'team.view', { placeId }),
		canEdit: canOnPlace(locals.actor, 'place.edit_story', { placeId }),
		canStartCycle: canOnCycle(locals.actor, 'cycle.create', { placeId })
	};
};
