import { pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { GROUP_ROLES } from '../../groups/group-roles';

/**
 * A community group: residents organised as themselves (a tenants' association, a youth club) who
 * can later propose and comment as the group. Groups are not owned by a place: many work across
 * neighbourhood lines.
 */
export const communityGroups = pgTable('community_groups', {
	id: uuid('id').primaryKey().defaultRandom(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull(),
	description: text('description').notNull().default(''),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const groupRole = pgEnum('group_role', GROUP_ROLES);

export const groupMembers = pgTable(
	'group_members',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		groupId: uuid('group_id')
			.notNull()
			.references(() => communityGroups.id, { onDelete: 'cascade' }),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: groupRole('role').notNull().default('member'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique('group_members_group_user_unique').on(table.groupId, table.userId)]
);

export type CommunityGroup = typeof communityGroups.$inferSelect;
