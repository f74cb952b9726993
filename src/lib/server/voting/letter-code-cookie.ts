import type { Cookies } from '@sveltejs/kit';
import type { Database } from '../platform/db/database';
import { consumeRateLimit, type RateLimitRule } from '../platform/rate-limit/consume-rate-limit';
import { hasReachedRateLimit } from '../platform/rate-limit/has-reached-rate-limit';
import { normalizeCode } from './hash-code';
import { findLetterCodeCycle } from './letter-codes';
import { findLetterCode } from './voting.queries';

/*
 * 30 look-ups of unknown codes per client address per 15 minutes, wherever a code is checked (typed at
 * /v, scanned, or carried in the cookie to a vote page). A code has 60 random bits, so even with
 * 100,000 live codes a guesser needs ~10^13 tries for one hit: at this rate, hundreds of millions of
 * years from one address. The limit stays this generous for a library computer or a community
 * centre's Wi-Fi, where a queue of residents types codes from one address.
 */
const LOOKUPS = { limit: 30, windowSeconds: 15 * 60 };
export const letterCodeLookupLimit = (ip: string): RateLimitRule => ({ key: `letter-code:ip:${ip}`, ...LOOKUPS });

/**
 * A resident who typed (or scanned) a letter code carries it to the vote page in this cookie: the
 * code is their credential, so it is HttpOnly, and it lasts long enough to read the proposals and
 * choose, not for days on a shared computer.
 */
export const LETTER_CODE_COOKIE = 'placecraft_letter_code';
const TWO_HOURS = 2 * 60 * 60;

export function setLetterCodeCookie(cookies: Cookies, code: string, { secure }: { secure: boolean }): void {
	cookies.set(LETTER_CODE_COOKIE, normalizeCode(code), { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: TWO_HOURS });
}

export function clearLetterCodeCookie(cookies: Cookies): void {
	cookies.delete(LETTER_CODE_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax' });
}

/**
 * The letter code this browser votes with in this cycle, or null: no cookie, a revoked code, or a
 * code of another cycle (the resident's letter is for one vote only). A cookie is a code typed by
 * whoever set it, so it meets the same limit as /v: a cookie that names no live code counts as a wrong
 * guess, and an address over the limit is answered "no code" without a look-up — the vote page is no
 * way round /v's limit for someone setting guessed cookies. (The check and the count are two steps:
 * a burst of parallel guesses can pass the check together; with 60-bit codes that buys nothing.)
 */
export async function readLetterCodeVoter(
	db: Database,
	cookies: Cookies,
	cycle: { id: string; placeId: string },
	from: { ip: string; now: Date }
): Promise<{ letterCodeId: string } | null> {
	const code = cookies.get(LETTER_CODE_COOKIE);
	if (!code) return null;
	const limit = letterCodeLookupLimit(from.ip);
	if (await hasReachedRateLimit(db, limit, from.now)) return null;
	const found = await findLetterCode(db, cycle, code);
	if (found) return { letterCodeId: found.id };
	// A real code of another vote (its holder opened another cycle's page) is no guess: only a cookie
	// that names no live code anywhere counts against the address.
	if (!(await findLetterCodeCycle(db, code))) await consumeRateLimit(db, limit, from.now);
	return null;
}
