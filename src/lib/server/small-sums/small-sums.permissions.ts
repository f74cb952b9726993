import { roleIn, type Actor } from '../auth/actor';

export type SmallSumsAction = 'small_sums.spend' | 'small_sums.set_pot' | 'small_sums.view_settings';

/**
 * Small sums are the place's trust in its own team: its lead and team members spend from the pot
 * at once, with no one signing off, and every spend is public. Only the lead sets the pot and its
 * limit. The centre (a steward) may see the settings, never change them or spend. Deny by default.
 */
export function canOnSmallSums(actor: Actor, action: SmallSumsAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	const role = roleIn(actor, subject.placeId);
	switch (action) {
		case 'small_sums.spend':
			return role === 'lead' || role === 'team_member';
		case 'small_sums.set_pot':
			return role === 'lead';
		case 'small_sums.view_settings':
			return role !== null || actor.isSteward;
		default:
			return false;
	}
}
