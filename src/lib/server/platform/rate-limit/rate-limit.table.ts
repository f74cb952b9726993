import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Fixed-window counters, kept in Postgres so a limit holds across every app process on the same
 * database. One row per key, e.g. 'otp-send:email:alice@example.org' or 'otp-send:ip:1.2.3.4'.
 */
export const rateLimitBuckets = pgTable('rate_limit_buckets', {
	key: text('key').primaryKey(),
	windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
	/**
	 * When the current window ends. Stored rather than derived so pruning needs no knowledge of
	 * each caller's window length, and a caller that changes its window length stays correct.
	 */
	windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
	/** Hits in the current window, capped just above the limit so a flood cannot overflow it. */
	hits: integer('hits').notNull()
});

export type RateLimitBucket = typeof rateLimitBuckets.$inferSelect;
