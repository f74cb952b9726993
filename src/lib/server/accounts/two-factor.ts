import { createTOTPKeyURI, verifyTOTPWithGracePeriod } from '@oslojs/otp';
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { consumeRateLimit } from '../platform/rate-limit/consume-rate-limit';
import { users, type Session, type User } from './accounts.table';
import { markSessionTwoFactorVerified } from './sessions';

const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** Tries per user and quarter hour: a million codes cannot be walked through. */
const TRIES = { limit: 10, windowSeconds: 15 * 60 };

/** A new random key for an authenticator app, as the base32 text people type in. */
export function generateTotpKey(): string {
	const key = new Uint8Array(20);
	crypto.getRandomValues(key);
	return encodeBase32UpperCaseNoPadding(key);
}

export function totpKeyUri(key: string, email: string): string {
	return createTOTPKeyURI('Placecraft', email, decodeBase32IgnorePadding(key), PERIOD_SECONDS, DIGITS);
}

/** Allows one step of clock drift either side: cheap phones are often a little off. */
export function isTotpCodeValid(key: string, code: string): boolean {
	return verifyTOTPWithGracePeriod(decodeBase32IgnorePadding(key), PERIOD_SECONDS, DIGITS, code, PERIOD_SECONDS);
}

export type TwoFactorResult = { ok: true } | { ok: false; error: 'totp_wrong' } | { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

/** Checks a code against the user's key (or a key being set up) and marks the session as passed. */
export async function passSecondFactor(
	deps: { db: Database; now: Date },
	input: { user: User; session: Session; code: string; newKey?: string }
): Promise<TwoFactorResult> {
	const { db, now } = deps;
	const key = input.newKey ?? input.user.totpKey;
	if (!key) return { ok: false, error: 'totp_wrong' };
	const decision = await consumeRateLimit(db, { key: `totp:user:${input.user.id}`, ...TRIES }, now);
	if (!decision.allowed) return { ok: false, error: 'rate_limited', retryAfterSeconds: decision.retryAfterSeconds };
	if (!isTotpCodeValid(key, input.code)) return { ok: false, error: 'totp_wrong' };
	await db.transaction(async (tx) => {
		if (input.newKey) await tx.update(users).set({ totpKey: input.newKey }).where(eq(users.id, input.user.id));
		await markSessionTwoFactorVerified(tx, input.session.id);
		await recordAuditEvent(tx, {
			area: 'accounts',
			actorUserId: input.user.id,
			actorLabel: input.user.email,
			action: input.newKey ? 'two_factor.set_up' : 'two_factor.passed',
			occurredAt: now
		});
	});
	return { ok: true };
}
