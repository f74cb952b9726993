import { allowAnonymous } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { findFollowByToken, unfollowByToken } from '$lib/server/delivery/follow-delivery';
import type { Actions, PageServerLoad } from './$types';

// Opening the link only asks: mail scanners open links in emails, and must not unsubscribe anyone.
export const load: PageServerLoad = async ({ params }) => {
	return { project: await findFollowByToken(await getDatabase(), params.token) };
};

export const actions = {
	default: async ({ params }) => {
		allowAnonymous('the emailed link is the proof: stopping emails must not need a sign-in');
		const stopped = await unfollowByToken(await getDatabase(), params.token);
		return { stopped };
	}
} satisfies Actions;
