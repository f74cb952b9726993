import { foreignKey, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { cycles } from '../cycles/cycles.table';

/**
 * The team's short review at the end of a cycle — what worked, what didn't, what it cost, what
 * they would change — public once published, and the seed of the cross-place library. One per cycle.
 */
export const learningReviews = pgTable(
	'learning_reviews',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		worked: text('worked').notNull().default(''),
		didNotWork: text('did_not_work').notNull().default(''),
		cost: text('cost').notNull().default(''),
		wouldChange: text('would_change').notNull().default(''),
		language: text('language').notNull().default('en'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'learning_reviews_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		unique('learning_reviews_one_per_cycle').on(table.cycleId)
	]
);

export type LearningReview = typeof learningReviews.$inferSelect;
