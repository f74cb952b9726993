import type { Actor } from '../auth/actor';
import { roleIn } from '../auth/actor';
import type { PlaceRole } from './teams.table';

export type TeamAction = 'team.view' | 'team.invite' | 'team.change_role' | 'team.remove_member' | 'team.revoke_invitation';

/**
 * A place's lead runs its team. A steward may invite a place's lead (that is how a new place gets
 * its team) but nobody else, and cannot change or remove anyone. Deny by default.
 */
export function canOnTeam(actor: Actor, action: TeamAction, subject: { placeId: string; role?: PlaceRole }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'team.view':
			return role !== null || actor.isSteward;
		case 'team.invite':
			return role === 'lead' || (actor.isSteward && subject.role === 'lead');
		case 'team.change_role':
		case 'team.remove_member':
		case 'team.revoke_invitation':
			return role === 'lead';
		default:
			return false;
	}
}
