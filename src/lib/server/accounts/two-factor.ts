import { createTOTPKeyURI, verifyHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
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

/**
 * The 30-second step a code belongs to, or null when it is not the code of the step `now` falls in or
 * of one either side: cheap phones' clocks are often a little off.
 */
export function findTotpStep(key: string, code: string, now: Date): number | null {
	const current = Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
	const bytes = decodeBase32IgnorePadding(key);
	for (const step of [current - 1, current, current + 1]) {
		if (verifyHOTP(bytes, BigInt(step), DIGITS, code)) return step;
	}
	return null;
}

export type TwoFactorResult =
	| { ok: true }
	| { ok: false; error: 'totp_wrong' | 'totp_used' }
	| { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

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
	const step = findTotpStep(key, input.code, now);
	if (step === null) return { ok: false, error: 'totp_wrong' };
	return db.transaction(async (tx): Promise<TwoFactorResult> => {
		// Spends the step: a code is good once, even when two sessions send it at the same moment (the
		// row lock makes the second wait, and it then sees the step taken). A later step is still good.
		const spent = await tx
			.update(users)
			.set({ totpLastStep: step, ...(input.newKey ? { totpKey: input.newKey } : {}) })
			.where(and(eq(users.id, input.user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
			.returning({ id: users.id });
		if (spent.length === 0) return { ok: false, error: 'totp_used' };
		await markSessionTwoFactorVerified(tx, input.session.id);
		await recordAuditEvent(tx, {
			area: 'accounts',
			actorUserId: input.user.id,
			actorLabel: input.user.email,
			action: input.newKey ? 'two_factor.set_up' : 'two_factor.passed',
			occurredAt: now
		});
		return { ok: true };
	});
}
