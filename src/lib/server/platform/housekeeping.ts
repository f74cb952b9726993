import type { Database } from './db/database';
import { deleteExpiredSessions } from '../accounts/sessions';
import { pruneRateLimits } from './rate-limit/prune-rate-limits';
import { publishAuditHeads } from '../audit/publish-audit-heads';

/** How often rows nobody needs any more are cleared away. */
export const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;

/**
 * Clears what has outlived its use: sessions past their end (a stolen old token is worthless
 * anyway, but its row still says who was signed in when) and rate-limit windows that have ended
 * (their keys hold email addresses and IP addresses). Neither is needed for a request to be
 * answered correctly, so this never runs on the request path.
 */
export async function clearExpiredRows(db: Database, now: Date): Promise<{ rateLimitWindows: number }> {
	await deleteExpiredSessions(db, now);
	return { rateLimitWindows: await pruneRateLimits(db, now) };
}

/**
 * Every HOUSEKEEPING_EVERY_MS, from now: clears expired rows and publishes the heads of audit chains
 * that are due (each grown chain at least daily). Each task fails on its own and is retried next time.
 */
export function scheduleHousekeeping(db: Database): () => void {
	const run = () => {
		const now = new Date();
		void clearExpiredRows(db, now).catch(() => undefined);
		void publishAuditHeads(db, now).catch(() => undefined);
	};
	run();
	const timer = setInterval(run, HOUSEKEEPING_EVERY_MS);
	timer.unref();
	return () => clearInterval(timer);
}
