import type { Actor } from '../auth/actor';
import { roleIn } from '../auth/actor';

export type PlaceAction = 'place.create' | 'place.edit_story' | 'place.read_audit';

/**
 * Stewards create places and may read a place's audit record (they serve places and answer for
 * them), but only the place's own lead edits its story. Deny by default.
 */
export function canOnPlace(actor: Actor, action: PlaceAction, subject: { placeId: string | null }): boolean {
	if (actor.kind !== 'person') return false;
	const role = subject.placeId ? roleIn(actor, subject.placeId) : null;
	switch (action) {
		case 'place.create':
			return actor.isSteward;
		case 'place.edit_story':
			return role === 'lead';
		case 'place.read_audit':
			return actor.isSteward || role !== null;
		default:
			return false;
	}
}
