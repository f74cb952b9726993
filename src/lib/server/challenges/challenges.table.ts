import { foreignKey, index, jsonb, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../localized-text';
import { users } from '../accounts/accounts.table';
import { cycles } from '../cycles/cycles.table';
import { posts } from '../posts/posts.table';

/**
 * A "How might we …?" the place team distils from discover posts. Written by the team in each
 * language the place offers (like other place content). Residents see it once published.
 */
export const challenges = pgTable(
	'challenges',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		/** "How might we …?" */
		question: jsonb('question').$type<LocalizedText>().notNull(),
		/** What the team heard, in a few sentences. */
		summary: jsonb('summary').$type<LocalizedText>().notNull(),
		/** Null while the team is still drafting it. */
		publishedAt: timestamp('published_at', { withTimezone: true }),
		createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'challenges_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		unique('challenges_id_place_unique').on(table.id, table.placeId),
		index('challenges_cycle_idx').on(table.cycleId)
	]
);

/** Which posts a challenge came from: how residents' words shaped it. */
export const challengePosts = pgTable(
	'challenge_posts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		challengeId: uuid('challenge_id').notNull(),
		postId: uuid('post_id').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'challenge_posts_challenge_place_fk', columns: [table.challengeId, table.placeId], foreignColumns: [challenges.id, challenges.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'challenge_posts_post_place_fk', columns: [table.postId, table.placeId], foreignColumns: [posts.id, posts.placeId] }).onDelete('cascade'),
		unique('challenge_posts_challenge_post_unique').on(table.challengeId, table.postId),
		index('challenge_posts_post_idx').on(table.postId)
	]
);

export type Challenge = typeof challenges.$inferSelect;
