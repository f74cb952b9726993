import { roleIn, type Actor } from '../auth/actor';

export type PostAction = 'post.create' | 'post.support' | 'post.flag' | 'post.hide';

/**
 * Any signed-in resident may say what matters and what the area has, and add "me too".
 * This is the hook for a place's own eligibility rules (who counts as a resident of this place),
 * which arrive with the vote: until then, every signed-in person may take part. Hiding is for the
 * place's moderators and lead, with a published reason. Deny by default.
 */
export function canOnPost(actor: Actor, action: PostAction, subject: { placeId: string }): boolean {
	if (actor.kind !== 'person') return false;
	switch (action) {
		case 'post.create':
		case 'post.support':
		case 'post.flag':
			return true;
		case 'post.hide': {
			// Moderation is the place's own: its moderators and lead. Never a steward.
			const role = roleIn(actor, subject.placeId);
			return role === 'moderator' || role === 'lead';
		}
		default:
			return false;
	}
}
