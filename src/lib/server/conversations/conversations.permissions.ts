import { roleIn, type Actor } from '../auth/actor';

export type ConversationAction = 'conversation.run' | 'conversation.moderate' | 'conversation.view_team' | 'conversation.answer' | 'conversation.suggest';

/**
 * The team that shapes the cycle runs its conversation (opens and closes it, writes statements, asks
 * for the groups again, says how it shaped the ballot): lead, team members and facilitators. Lead,
 * team members and moderators publish or hide what residents suggest. Anyone signed in answers and
 * suggests, as they post and comment. Stewards serve and never steer. Deny by default.
 */
export function canOnConversation(actor: Actor, action: ConversationAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'conversation.answer':
		case 'conversation.suggest':
			return true;
		case 'conversation.run':
			return role === 'lead' || role === 'team_member' || role === 'facilitator';
		case 'conversation.moderate':
			return role === 'lead' || role === 'team_member' || role === 'moderator';
		// The team's page: whoever may do either.
		case 'conversation.view_team':
			return role === 'lead' || role === 'team_member' || role === 'facilitator' || role === 'moderator';
		default:
			return false;
	}
}
