import { error, type RequestEvent } from '@sveltejs/kit';
import type { Database } from '$lib/server/platform/db/database';
import { clientAddress } from '$lib/server/platform/http/client-address';
import { minutesToWait } from '$lib/server/platform/http/form-failure';
import { consumeRateLimit } from '$lib/server/platform/rate-limit/consume-rate-limit';

/*
 * 300 look-ups per client address per 15 minutes, counted for everyone who has not (yet) proved
 * they joined. A whole room on the community centre's one Wi-Fi address types the code, opens the
 * page and joins: about three look-ups each, so a room of 100 fits. A join code has ~29 bits and
 * only a handful are live at a time, so even at this rate a guesser needs ~10^5 hours for one hit —
 * and a hit gets them a seat in an open workshop, not a vote. Typos of the wrong shape cost nothing.
 */
const LOOKUPS = { limit: 300, windowSeconds: 15 * 60 };

/** Counts one look-up of a join code from this client; null when allowed, else the minutes to wait. */
export async function countLookUp(db: Database, event: RequestEvent): Promise<{ minutes: number } | null> {
	const decision = await consumeRateLimit(db, { key: `workshop-join:ip:${clientAddress(event)}`, ...LOOKUPS }, new Date());
	return decision.allowed ? null : minutesToWait(decision.retryAfterSeconds);
}

/** For a page load: too many look-ups is a 429 page, whatever the code. */
export async function countLookUpOr429(db: Database, event: RequestEvent): Promise<void> {
	const wait = await countLookUp(db, event);
	if (wait) error(429, { message: 'Too many tries', code: 'rate_limited' });
}
