import { roleIn, type Actor } from '../auth/actor';

export type ChallengeAction = 'challenge.create' | 'challenge.edit' | 'challenge.publish' | 'challenge.view_drafts';

/**
 * The place team distils posts into challenges: its lead, team members and facilitators (who run
 * the workshops where much of the grouping happens). Moderators moderate; stewards serve and never
 * steer. Published challenges are public to everyone; drafts are the team's. Deny by default.
 */
export function canOnChallenge(actor: Actor, action: ChallengeAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'challenge.create':
		case 'challenge.edit':
		case 'challenge.publish':
		case 'challenge.view_drafts':
			return role === 'lead' || role === 'team_member' || role === 'facilitator';
		default:
			return false;
	}
}
