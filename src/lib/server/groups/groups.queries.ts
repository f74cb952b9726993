import { and, asc, count, eq } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import type { Database } from '../platform/db/database';
import type { GroupRole } from '../../groups/group-roles';
import { communityGroups, groupMembers, type CommunityGroup } from './groups.table';

export interface GroupSummary {
	slug: string;
	name: string;
	description: string;
	memberCount: number;
}

/** Every community group, by name, with how many people are in it. */
export async function listGroups(db: Database): Promise<GroupSummary[]> {
	return db
		.select({ slug: communityGroups.slug, name: communityGroups.name, description: communityGroups.description, memberCount: count(groupMembers.id) })
		.from(communityGroups)
		.leftJoin(groupMembers, eq(groupMembers.groupId, communityGroups.id))
		.groupBy(communityGroups.id)
		.orderBy(asc(communityGroups.name), asc(communityGroups.slug));
}

/** The group with this slug, or null. */
export async function findGroupBySlug(db: Database, slug: string): Promise<CommunityGroup | null> {
	const [group] = await db.select().from(communityGroups).where(eq(communityGroups.slug, slug)).limit(1);
	return group ?? null;
}

/** A person's membership of a group (its id and role), or null when they are not in it. */
export async function findGroupMembership(db: Database, groupId: string, userId: string): Promise<{ id: string; role: GroupRole } | null> {
	const [membership] = await db
		.select({ id: groupMembers.id, role: groupMembers.role })
		.from(groupMembers)
		.where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)))
		.limit(1);
	return membership ?? null;
}

export async function countGroupMembers(db: Database, groupId: string): Promise<number> {
	const [row] = await db.select({ members: count() }).from(groupMembers).where(eq(groupMembers.groupId, groupId));
	return row?.members ?? 0;
}

export interface GroupMember {
	memberId: string;
	userId: string;
	/** The name they chose, else the part of their address before the @. */
	name: string;
	/** Only when the caller may see addresses (the group's admins); residents' addresses are not public. */
	email: string | null;
	role: GroupRole;
}

/** A group's members, admins first. Addresses are left out unless `withEmails` is asked for. */
export async function listGroupMembers(db: Database, groupId: string, { withEmails }: { withEmails: boolean }): Promise<GroupMember[]> {
	const rows = await db
		.select({ memberId: groupMembers.id, userId: users.id, email: users.email, displayName: users.displayName, role: groupMembers.role })
		.from(groupMembers)
		.innerJoin(users, eq(users.id, groupMembers.userId))
		.where(eq(groupMembers.groupId, groupId))
		.orderBy(asc(groupMembers.role), asc(groupMembers.createdAt));
	return rows.map(({ email, displayName, ...member }) => ({
		...member,
		name: displayName?.trim() || email.split('@')[0],
		email: withEmails ? email : null
	}));
}
