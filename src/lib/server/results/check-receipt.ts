import { and, asc, eq, sql } from 'drizzle-orm';
import type { LocalizedText } from '../../localized-text';
import type { ReceiptCheckErrorCode } from '../../voting/voting.errors';
import { pots } from '../budget/budget.table';
import type { Database } from '../platform/db/database';
import { consumeRateLimit, type RateLimitRule } from '../platform/rate-limit/consume-rate-limit';
import { hasReachedRateLimit } from '../platform/rate-limit/has-reached-rate-limit';
import { hashCode, normalizeCode } from '../voting/hash-code';
import { ballots } from '../voting/voting.table';
import { results } from './results.table';

/*
 * 30 codes that match no ballot per client address per 15 minutes. A receipt code has 60 random
 * bits, so a guesser finds nothing at this rate; a queue of residents checking at a library
 * computer is not held up, and a code that matches costs nothing however often it is checked.
 */
const MISSES = { limit: 30, windowSeconds: 15 * 60 };
export const receiptCheckLimit = (ip: string): RateLimitRule => ({ key: `receipt-check:ip:${ip}`, ...MISSES });

/** A receipt code as it is printed: 12 letters A–Z and digits 2–7 (newReceiptCode), dashes and spaces aside. */
const RECEIPT_SHAPE = /^[A-Z2-7]{12}$/;

export type ReceiptCheck =
	| { ok: false; error: ReceiptCheckErrorCode | 'rate_limited'; retryAfterSeconds?: number }
	| {
			ok: true;
			/** in_pot: the ballot is there and will be counted; counted: the pot's count included it. */
			status: 'in_pot' | 'counted';
			pot: { id: string; name: LocalizedText } | null;
			countedAt: Date | null;
			/** The code's SHA-256, as the open data lists it (receipts.txt). */
			receiptHash: string;
	  };

/**
 * Whether a ballot with this receipt code is in this cycle's vote, and, once its pot is counted,
 * that the count included it — never what it chose. A code of another cycle is not found here.
 * Only codes that match nothing count against the address, and an address over the limit is told
 * to wait before any look-up, so the page is no oracle for guessing codes.
 */
export async function checkReceipt(db: Database, cycle: { id: string; placeId: string }, typed: string, from: { ip: string; now: Date }): Promise<ReceiptCheck> {
	const code = normalizeCode(typed);
	if (code === '') return { ok: false, error: 'receipt_check_missing' };
	if (!RECEIPT_SHAPE.test(code)) return { ok: false, error: 'receipt_check_format' };
	const limit = receiptCheckLimit(from.ip);
	if (await hasReachedRateLimit(db, limit, from.now)) {
		const decision = await consumeRateLimit(db, limit, from.now);
		return { ok: false, error: 'rate_limited', retryAfterSeconds: decision.retryAfterSeconds };
	}
	const receiptHash = hashCode(code);
	const [found] = await db
		.select({ potId: ballots.potId, potName: pots.name, state: results.state, countedAt: results.countedAt })
		.from(ballots)
		.leftJoin(pots, and(eq(pots.id, ballots.potId), eq(pots.placeId, ballots.placeId)))
		.leftJoin(results, and(eq(results.placeId, ballots.placeId), eq(results.cycleId, ballots.cycleId), sql`${results.potId} is not distinct from ${ballots.potId}`))
		.where(and(eq(ballots.placeId, cycle.placeId), eq(ballots.cycleId, cycle.id), eq(ballots.receiptHash, receiptHash)))
		.orderBy(asc(ballots.id))
		.limit(1);
	if (!found) {
		await consumeRateLimit(db, limit, from.now);
		return { ok: false, error: 'receipt_check_not_found' };
	}
	const counted = found.state === 'counted';
	return {
		ok: true,
		status: counted ? 'counted' : 'in_pot',
		pot: found.potId && found.potName ? { id: found.potId, name: found.potName } : null,
		countedAt: counted ? found.countedAt : null,
		receiptHash
	};
}
