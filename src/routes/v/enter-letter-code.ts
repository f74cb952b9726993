import { redirect, type RequestEvent } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { getDatabase } from '$lib/server/platform/db';
import { clientAddress } from '$lib/server/platform/http/client-address';
import { minutesToWait } from '$lib/server/platform/http/form-failure';
import { consumeRateLimit } from '$lib/server/platform/rate-limit/consume-rate-limit';
import { letterCodeLookupLimit, setLetterCodeCookie } from '$lib/server/voting/letter-code-cookie';
import { findLetterCodeCycle, isLetterCodeShape } from '$lib/server/voting/letter-codes';

export type CodeRefusal = { error: 'letter_codes_code_missing' | 'letter_codes_code_format' | 'letter_codes_code_unknown' | 'rate_limited'; params: Record<string, number> };

/**
 * Checks a code typed at /v or scanned as /v/<code>. A good one is kept in the browser and the
 * resident goes straight to their vote; anything else comes back as a refusal for the form.
 * Unknown and revoked codes get one answer, so the page tells a guesser nothing.
 */
export async function enterLetterCode(event: RequestEvent, typed: string): Promise<CodeRefusal> {
	if (!typed.trim()) return { error: 'letter_codes_code_missing', params: {} };
	if (!isLetterCodeShape(typed)) return { error: 'letter_codes_code_format', params: {} };
	const db = await getDatabase();
	const now = new Date();
	const decision = await consumeRateLimit(db, letterCodeLookupLimit(clientAddress(event)), now);
	if (!decision.allowed) return { error: 'rate_limited', params: minutesToWait(decision.retryAfterSeconds) };
	const where = await findLetterCodeCycle(db, typed);
	if (!where) return { error: 'letter_codes_code_unknown', params: {} };
	setLetterCodeCookie(event.cookies, typed, { secure: event.url.protocol === 'https:' });
	redirect(303, localizeHref(`/places/${where.placeSlug}/cycles/${where.cycleSlug}/vote`));
}
