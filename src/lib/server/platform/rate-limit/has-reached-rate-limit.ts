import { and, eq, gt } from 'drizzle-orm';
import type { Database } from '../db/database';
import type { RateLimitRule } from './consume-rate-limit';
import { rateLimitBuckets } from './rate-limit.table';

/**
 * Whether `rule`'s key has used up its window, without counting a hit: for limits that count only
 * failures (a wrong guess), checked before the lookup so a caller over the limit learns nothing.
 */
export async function hasReachedRateLimit(db: Database, rule: RateLimitRule, now: Date): Promise<boolean> {
	const [bucket] = await db
		.select({ hits: rateLimitBuckets.hits })
		.from(rateLimitBuckets)
		.where(and(eq(rateLimitBuckets.key, rule.key), gt(rateLimitBuckets.windowEndsAt, now)));
	return (bucket?.hits ?? 0) >= rule.limit;
}
