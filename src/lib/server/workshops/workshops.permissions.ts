import { roleIn, type Actor } from '../auth/actor';

export type WorkshopAction = 'workshop.create' | 'workshop.run' | 'workshop.land';

/**
 * Workshops are the place team's: its lead, team members and facilitators create them, run them
 * (agenda, moving the room on, paper ideas, grouping, attendance, hiding an idea) and land what the
 * room made into the cycle. Stewards and moderators do not run a place's workshops.
 *
 * People in the room need no account: taking part is proved by the workshop's participant cookie
 * (`participant.ts`), a domain rule checked on every participant action, not a role. Deny by default.
 */
export function canOnWorkshop(actor: Actor, action: WorkshopAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'workshop.create':
		case 'workshop.run':
		case 'workshop.land':
			return role === 'lead' || role === 'team_member' || role === 'facilitator';
		default:
			return false;
	}
}
