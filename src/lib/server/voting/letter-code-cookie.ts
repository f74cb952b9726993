import type { Cookies } from '@sveltejs/kit';
import type { Database } from '../platform/db/database';
import { normalizeCode } from './hash-code';
import { findLetterCode } from './voting.queries';

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
 * code of another cycle (the resident's letter is for one vote only).
 */
export async function readLetterCodeVoter(db: Database, cookies: Cookies, cycle: { id: string; placeId: string }): Promise<{ letterCodeId: string } | null> {
	const code = cookies.get(LETTER_CODE_COOKIE);
	if (!code) return null;
	const found = await findLetterCode(db, cycle, code);
	return found ? { letterCodeId: found.id } : null;
}
