import type { PlaceRole } from '../../teams/place-roles';
import type { Actor } from '../auth/actor';

/** Two places: the actor's own and someone else's. Permission tables check both. */
export const OWN_PLACE = '00000000-0000-4000-8000-00000000000a';
export const OTHER_PLACE = '00000000-0000-4000-8000-00000000000b';

export type Who = 'anonymous' | 'resident' | 'steward' | 'steward_without_2fa' | PlaceRole;
export const EVERYONE: Who[] = ['anonymous', 'resident', 'steward', 'steward_without_2fa', 'lead', 'team_member', 'facilitator', 'moderator'];

/** An actor of each kind; place roles are held in OWN_PLACE only. */
export function actorFor(who: Who): Actor {
	const person = { kind: 'person' as const, userId: `user-${who}`, email: `${who}@example.org`, displayName: null };
	switch (who) {
		case 'anonymous':
			return { kind: 'anonymous' };
		case 'resident':
			return { ...person, isSteward: false, roles: {} };
		case 'steward':
			return { ...person, isSteward: true, roles: {} };
		case 'steward_without_2fa':
			// loadActor gives a steward who has not passed two-factor no steward powers.
			return { ...person, isSteward: false, roles: {} };
		default:
			return { ...person, isSteward: false, roles: { [OWN_PLACE]: who } };
	}
}
