import { roleIn, type Actor } from '../auth/actor';

export type ResultAction = 'results.count' | 'results.decide';

/**
 * Results are public. The place's lead and team members start the count once the vote has closed
 * and write the decision statement that goes with it; the count itself is the engine's, under the
 * rule the place chose, so nobody can edit a result. Stewards provision places; they do not count
 * or decide for one. Deny by default.
 */
export function canOnResults(actor: Actor, action: ResultAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'results.count':
		case 'results.decide':
			return role === 'lead' || role === 'team_member';
		default:
			return false;
	}
}
