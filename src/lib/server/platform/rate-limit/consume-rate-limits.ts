import type { Database } from '../db/database';
import { consumeRateLimit, type RateLimitRule } from './consume-rate-limit';

/**
 * Counts one hit against each rule in turn (say, per address and per IP) and stops at the first
 * that refuses. Returns null when every rule allowed it, else the seconds to wait.
 */
export async function consumeRateLimits(db: Database, rules: RateLimitRule[], now: Date): Promise<{ retryAfterSeconds: number } | null> {
	for (const rule of rules) {
		const decision = await consumeRateLimit(db, rule, now);
		if (!decision.allowed) return { retryAfterSeconds: decision.retryAfterSeconds };
	}
	return null;
}
