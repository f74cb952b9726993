import type { Actor } from '../auth/actor';
import { roleIn } from '../auth/actor';

export type PlaceAction = 'place.create' | 'place.edit_story' | 'place.read_audit' | 'place.view_home' | 'place.hand_over';

/**
 * Stewards create places and may read a place's audit record (they serve places and answer for
 * them), but only the place's own lead edits its story. A steward may hand a place a new lead only
 * when it has none left (`hasLead: false`); once a place has a lead its team is its own business.
 * Deny by default: a subject that does not say the place has no lead counts as having one.
 */
export function canOnPlace(actor: Actor, action: PlaceAction, subject: { placeId: string | null; hasLead?: boolean }): boolean {
	if (actor.kind !== 'person') return false;
	const role = subject.placeId ? roleIn(actor, subject.placeId) : null;
	switch (action) {
		case 'place.create':
			return actor.isSteward;
		case 'place.edit_story':
			return role === 'lead';
		case 'place.read_audit':
			return actor.isSteward || role !== null;
		case 'place.view_home':
			return role !== null;
		case 'place.hand_over':
			return actor.isSteward && subject.placeId !== null && subject.hasLead === false;
		default:
			return false;
	}
}
