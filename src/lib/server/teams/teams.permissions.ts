import type { Actor } from '../auth/actor';
import { roleIn } from '../auth/actor';
import type { PlaceRole } from '../../teams/place-roles';

export type TeamAction = 'team.view' | 'team.invite' | 'team.change_role' | 'team.remove_member' | 'team.revoke_invitation';

/**
 * A place's lead runs its team. A steward may invite a lead only into a place that has none (that is
 * how a new place gets its team, or one whose lead has left gets a new one) — never anyone else, and
 * never into a place that has a lead: from then on the team is the place's own business. Deny by
 * default: a subject that does not say the place has no lead counts as having one.
 */
export function canOnTeam(
	actor: Actor,
	action: TeamAction,
	subject: { placeId: string; role?: PlaceRole; placeHasLead?: boolean }
): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'team.view':
			return role !== null || actor.isSteward;
		case 'team.invite':
			return role === 'lead' || (actor.isSteward && subject.role === 'lead' && subject.placeHasLead === false);
		case 'team.change_role':
		case 'team.remove_member':
		case 'team.revoke_invitation':
			return role === 'lead';
		default:
			return false;
	}
}
