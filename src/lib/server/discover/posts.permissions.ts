import type { Actor } from '../auth/actor';

export type PostAction = 'post.create' | 'post.support';

/**
 * Any signed-in resident may say what matters and what the area has, and add "me too".
 * This is the hook for a place's own eligibility rules (who counts as a resident of this place),
 * which arrive with the vote: until then, every signed-in person may take part. Deny by default.
 */
export function canOnPost(actor: Actor, action: PostAction, _subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	switch (action) {
		case 'post.create':
		case 'post.support':
			return true;
		default:
			return false;
	}
}
