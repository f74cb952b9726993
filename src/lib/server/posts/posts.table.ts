import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { cycles } from '../cycles/cycles.table';
import { POST_KINDS } from '../../discover/post-kinds';

/** A need (what matters: a worry, a hope) or an asset (what the area already has). Both first-class. */
export const postKind = pgEnum('post_kind', POST_KINDS);

/**
 * What a resident said in the discover phase. Never deleted: moderators hide a post with a public
 * reason (hidden_at, hidden_reason), and the author is told.
 */
export const posts = pgTable(
	'posts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		kind: postKind('kind').notNull(),
		body: text('body').notNull(),
		/** Where, in words ("the bench by the Alder Road shops"); no map server needed. */
		locationText: text('location_text'),
		authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'posts_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		index('posts_cycle_kind_created_idx').on(table.cycleId, table.kind, table.createdAt),
		// Lets supports reference (post, place) together, like phases do with cycles.
		unique('posts_id_place_unique').on(table.id, table.placeId),
		// Hidden always comes with its published reason: nothing disappears without one.
		check('posts_hidden_has_reason', sql`(${table.hiddenAt} is null) = (${table.hiddenReason} is null)`)
	]
);

/** "Me too": one per person per post. */
export const postSupports = pgTable(
	'post_supports',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		postId: uuid('post_id').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'post_supports_post_place_fk', columns: [table.postId, table.placeId], foreignColumns: [posts.id, posts.placeId] }).onDelete('cascade'),
		unique('post_supports_post_user_unique').on(table.postId, table.userId)
	]
);

export type Post = typeof posts.$inferSelect;

/**
 * A resident's report that a post breaks the place's rules: one per person per post. Moderators see
 * how often a post was reported; reporting never hides anything by itself.
 */
export const postFlags = pgTable(
	'post_flags',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		postId: uuid('post_id').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'post_flags_post_place_fk', columns: [table.postId, table.placeId], foreignColumns: [posts.id, posts.placeId] }).onDelete('cascade'),
		unique('post_flags_post_user_unique').on(table.postId, table.userId)
	]
);
