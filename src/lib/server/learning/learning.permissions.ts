import { roleIn, type Actor } from '../auth/actor';

export type LearningAction = 'learning.write';

/**
 * The place team writes its cycle's learning review (lead, team members, facilitators — the people
 * who ran it); once published anyone reads it. Stewards read, never write, a place's learning.
 * Deny by default.
 */
export function canOnLearning(actor: Actor, action: LearningAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'learning.write':
			return role === 'lead' || role === 'team_member' || role === 'facilitator';
		default:
			return false;
	}
}
