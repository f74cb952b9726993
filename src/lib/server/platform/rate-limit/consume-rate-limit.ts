import { sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { rateLimitBuckets } from './rate-limit.table';

export interface RateLimitRule {
	/** What is being limited and for whom, e.g. 'otp-send:email:alice@example.org'. */
	key: string;
	/** Hits allowed in one window. */
	limit: number;
	windowSeconds: number;
}

export interface RateLimitDecision {
	allowed: boolean;
	/** Hits still allowed in this window after this one. */
	remaining: number;
	/** 0 when allowed; otherwise seconds until the window ends (for a Retry-After header). */
	retryAfterSeconds: number;
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is allowed.
 *
 * One INSERT … ON CONFLICT DO UPDATE does the reading and the counting: Postgres locks the key's
 * row for the update, so concurrent hits — from any app process on this database — queue on it and
 * each sees the count the previous one left. Never two allowed where one was left. A window that
 * has ended restarts at this hit.
 */
export async function consumeRateLimit(db: Database, rule: RateLimitRule, now: Date): Promise<RateLimitDecision> {
	const { key, limit, windowSeconds } = rule;
	if (!key || !Number.isInteger(limit) || limit < 1 || !Number.isInteger(windowSeconds) || windowSeconds < 1) {
		throw new RangeError(`a rate limit needs a key and positive whole limit and window (got ${JSON.stringify(rule)})`);
	}
	const windowEndsAt = new Date(now.getTime() + windowSeconds * 1000);
	const expired = sql`${rateLimitBuckets.windowEndsAt} <= excluded.window_started_at`;
	const [bucket] = await db
		.insert(rateLimitBuckets)
		.values({ key, windowStartedAt: now, windowEndsAt, hits: 1 })
		.onConflictDoUpdate({
			target: rateLimitBuckets.key,
			set: {
				windowStartedAt: sql`case when ${expired} then excluded.window_started_at else ${rateLimitBuckets.windowStartedAt} end`,
				windowEndsAt: sql`case when ${expired} then excluded.window_ends_at else ${rateLimitBuckets.windowEndsAt} end`,
				// Capped one above the limit: over is over, and a flood cannot overflow the counter.
				hits: sql`case when ${expired} then 1 else least(${rateLimitBuckets.hits} + 1, ${limit + 1}::int) end`
			}
		})
		.returning({ hits: rateLimitBuckets.hits, windowEndsAt: rateLimitBuckets.windowEndsAt });

	const allowed = bucket.hits <= limit;
	return {
		allowed,
		remaining: Math.max(0, limit - bucket.hits),
		retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((bucket.windowEndsAt.getTime() - now.getTime()) / 1000))
	};
}
