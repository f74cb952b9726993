import type { Actor } from '../auth/actor';
import type { GroupRole } from '../../groups/group-roles';

export type GroupAction = 'group.create' | 'group.edit' | 'group.see_member_emails' | 'group.add_member' | 'group.remove_member' | 'group.leave';

/**
 * What someone may be in this group. The actor carries place roles only, so the route looks up
 * the caller's role in the group (findGroupMembership) and passes it here; null when they are not
 * in it, or when there is no group yet.
 */
export interface GroupSubject {
	groupId: string | null;
	roleInGroup: GroupRole | null;
}

/**
 * Anyone signed in may start a group and becomes its admin. A group's admins run it: its words and
 * who is in it. A member may leave. Place roles and stewards give no power over a group. Deny by default.
 */
export function canOnGroup(actor: Actor, action: GroupAction, subject: GroupSubject): boolean {
	if (actor.kind !== 'person') return false;
	switch (action) {
		case 'group.create':
			return true;
		case 'group.edit':
		case 'group.see_member_emails':
		case 'group.add_member':
		case 'group.remove_member':
			return subject.groupId !== null && subject.roleInGroup === 'admin';
		case 'group.leave':
			return subject.groupId !== null && subject.roleInGroup !== null;
		default:
			return false;
	}
}
