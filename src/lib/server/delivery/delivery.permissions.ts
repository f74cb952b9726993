import { roleIn, type Actor } from '../auth/actor';

export type DeliveryAction = 'delivery.manage' | 'delivery.follow';

/**
 * Deliveries are public. The place's lead and team members run them: milestones, money spent,
 * updates with photos, status with reasons, outcomes and their evidence. Anyone signed in may
 * follow a project's updates by email. Stewards provision places; they do not run a place's
 * projects. Deny by default.
 */
export function canOnDelivery(actor: Actor, action: DeliveryAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'delivery.manage':
			return role === 'lead' || role === 'team_member';
		case 'delivery.follow':
			return true;
		default:
			return false;
	}
}
