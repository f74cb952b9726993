import { getRandomValues } from 'node:crypto';

let lastMs = -1;
let counter = 0;

/**
 * A UUIDv7 (RFC 9562) whose order is the order of sending within this process: 48 bits of
 * milliseconds, then a 12-bit counter for messages in the same millisecond, then randomness.
 * PGlite's clock only ticks once a millisecond, so `created_at` alone cannot tell apart two codes
 * sent back to back; these ids break the tie (the outbox is read newest first).
 */
export function newOutboxMessageId(now: number = Date.now()): string {
	if (now > lastMs) {
		lastMs = now;
		counter = 0;
	} else if (++counter > 0xfff) {
		// 4096 in one millisecond (or the clock stepped back): borrow the next millisecond.
		lastMs += 1;
		counter = 0;
	}
	const bytes = getRandomValues(new Uint8Array(16));
	for (let i = 0; i < 6; i++) bytes[i] = Math.floor(lastMs / 2 ** (8 * (5 - i))) & 0xff;
	bytes[6] = 0x70 | (counter >> 8);
	bytes[7] = counter & 0xff;
	bytes[8] = 0x80 | (bytes[8] & 0x3f);
	const hex = Buffer.from(bytes).toString('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
