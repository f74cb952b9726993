import { error } from '@sveltejs/kit';
import type { Actor } from '../auth/actor';
import { canOnChallenge } from './challenges.permissions';
import { findChallenge } from './challenges.queries';
import type { Database } from '../platform/db/database';
import { placeAndCycleOr404 } from '../cycles/cycle-or-404';

/*
 * The challenge pages find their place, cycle and challenge from the URL the same way. A draft is
 * the team's: to anyone else it does not exist (404, not 403, so drafts are not even hinted at).
 */

export async function challengeOr404(db: Database, params: { place: string; cycle: string; challenge: string }, actor: Actor) {
	const { place, cycle } = await placeAndCycleOr404(db, params);
	// The route's [challenge=uuid] matcher has already answered 404 to anything that is not an id.
	const challenge = await findChallenge(db, { placeId: place.id, cycleId: cycle.id, challengeId: params.challenge });
	const visible = challenge && (challenge.publishedAt || canOnChallenge(actor, 'challenge.view_drafts', { placeId: place.id }));
	if (!visible) error(404, { message: 'Challenge not found', code: 'challenge_not_found' });
	return { place, cycle, challenge };
}
