import type { Actor } from '../auth/actor';
import { roleIn } from '../auth/actor';

export type CycleAction = 'cycle.create' | 'cycle.edit' | 'phase.edit';

/**
 * A place's cycles are its own decisions: its lead and team members shape them. Stewards cannot —
 * the centre serves, it does not steer — even though they can create the place itself.
 * Facilitators and moderators have their own work (workshops, moderation) and do not edit cycles.
 */
export function canOnCycle(actor: Actor, action: CycleAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'cycle.create':
		case 'cycle.edit':
		case 'phase.edit':
			return role === 'lead' || role === 'team_member';
		default:
			return false;
	}
}
