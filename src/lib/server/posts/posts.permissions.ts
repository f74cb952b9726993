import { roleIn, type Actor } from '../auth/actor';

export type PostAction = 'post.create' | 'post.support' | 'post.flag' | 'post.hide' | 'post.edit';

/** The route fills in the post's author for actions on one's own post. */
export interface PostSubject {
	placeId: string;
	authorUserId?: string | null;
}

/**
 * Any signed-in resident may say what matters and what the area has, and add "me too".
 * This is the hook for a place's own eligibility rules (who counts as a resident of this place),
 * which arrive with the vote: until then, every signed-in person may take part. Hiding is for the
 * place's moderators and lead, with a published reason. Only its author edits a post (until the team
 * has used it: a domain rule). Deny by default.
 */
export function canOnPost(actor: Actor, action: PostAction, subject: PostSubject): boolean {
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
		case 'post.edit':
			return subject.authorUserId != null && subject.authorUserId === actor.userId;
		default:
			return false;
	}
}
