import { lte } from 'drizzle-orm';
import type { Database } from '../db/database';
import { rateLimitBuckets } from './rate-limit.table';

/**
 * Deletes buckets whose window has ended; returns how many. An ended bucket already counts as
 * fresh in consumeRateLimit, so this is only housekeeping (and drops the emails and IPs in old
 * keys): call it now and then, e.g. once an hour — never on the request path.
 */
export async function pruneRateLimits(db: Database, now: Date): Promise<number> {
	const pruned = await db
		.delete(rateLimitBuckets)
		.where(lte(rateLimitBuckets.windowEndsAt, now))
		.returning({ key: rateLimitBuckets.key });
	return pruned.length;
}
