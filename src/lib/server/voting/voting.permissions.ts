import type { Actor } from '../auth/actor';

export type VotingAction = 'vote.cast';

/**
 * Anyone signed in may try to vote; whether they may vote in this cycle is its eligibility rule
 * (area, age, register), which answers a status the page can act on rather than a refusal here.
 * Staff vote as residents like everyone else. Deny by default.
 */
export function canOnVoting(actor: Actor, action: VotingAction, _subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	switch (action) {
		case 'vote.cast':
			return true;
		default:
			return false;
	}
}
