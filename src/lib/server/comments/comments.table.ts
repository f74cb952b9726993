import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { posts } from '../posts/posts.table';
import { communityGroups } from '../groups/groups.table';
import { proposals } from '../proposals/proposals.table';

/**
 * A comment on a discover post or on a proposal, threaded one level (a reply names the top-level
 * comment it answers). Shown with the author's name, or the group's when written as the group.
 * Never deleted: hidden with a published reason, and the author is told.
 */
export const comments = pgTable(
	'comments',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		postId: uuid('post_id'),
		proposalId: uuid('proposal_id'),
		/** The top-level comment this replies to; replies to replies attach to the same top-level one. */
		parentCommentId: uuid('parent_comment_id'),
		body: text('body').notNull(),
		authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
		/** Set when written as a community group. */
		groupId: uuid('group_id').references(() => communityGroups.id, { onDelete: 'set null' }),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'comments_post_place_fk', columns: [table.postId, table.placeId], foreignColumns: [posts.id, posts.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'comments_proposal_place_fk', columns: [table.proposalId, table.placeId], foreignColumns: [proposals.id, proposals.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'comments_parent_place_fk', columns: [table.parentCommentId, table.placeId], foreignColumns: [table.id, table.placeId] }).onDelete('cascade'),
		unique('comments_id_place_unique').on(table.id, table.placeId),
		index('comments_post_created_idx').on(table.postId, table.createdAt),
		index('comments_proposal_created_idx').on(table.proposalId, table.createdAt),
		// On exactly one thing: a post or a proposal.
		check('comments_on_one_subject', sql`(${table.postId} is null) <> (${table.proposalId} is null)`),
		check('comments_hidden_has_reason', sql`(${table.hiddenAt} is null) = (${table.hiddenReason} is null)`)
	]
);

/** A resident's report that a comment breaks the place's rules: one per person; it hides nothing. */
export const commentFlags = pgTable(
	'comment_flags',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		commentId: uuid('comment_id').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'comment_flags_comment_place_fk', columns: [table.commentId, table.placeId], foreignColumns: [comments.id, comments.placeId] }).onDelete('cascade'),
		unique('comment_flags_comment_user_unique').on(table.commentId, table.userId)
	]
);

export type Comment = typeof comments.$inferSelect;
