import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { loadTurnout } from '$lib/server/voting/turnout';
import { canOnVoting } from '$lib/server/voting/voting.permissions';
import type { PageServerLoad } from './$types';

/**
 * Turnout for the team while the vote is open: how many, by channel — never what they chose
 * (loadTurnout does not read ballots; see why there). A staff page: anyone else is sent to sign in
 * or refused, like the other staff pages.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	authorize(locals.actor, canOnVoting, 'turnout.view', { placeId: place.id }, '/staff/sign-in');
	return { place, cycle, turnout: await loadTurnout(db, cycle), canEnterPaper: canOnVoting(locals.actor, 'paper.enter', { placeId: place.id }) };
};
