import { roleIn, type Actor } from '../auth/actor';
import type { GroupRole } from '../../groups/group-roles';

export type CommentAction = 'comment.create' | 'comment.create_as_group' | 'comment.flag' | 'comment.hide';

/** The caller's role in the group they want to write as is looked up by the route (the actor has place roles only). */
export interface CommentSubject {
	placeId: string;
	roleInGroup?: GroupRole | null;
}

/**
 * Anyone signed in may comment and report a comment; a group's admins may write as the group. Its
 * moderators and lead hide a comment with a published reason; stewards never. Deny by default.
 */
export function canOnComment(actor: Actor, action: CommentAction, subject: CommentSubject): boolean {
	if (actor.kind !== 'person') return false;
	switch (action) {
		case 'comment.create':
		case 'comment.flag':
			return true;
		case 'comment.create_as_group':
			return subject.roleInGroup === 'admin';
		case 'comment.hide': {
			const role = roleIn(actor, subject.placeId);
			return role === 'moderator' || role === 'lead';
		}
		default:
			return false;
	}
}
