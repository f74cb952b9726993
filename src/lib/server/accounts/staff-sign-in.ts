import { eq, inArray } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { consumeRateLimits } from '../platform/rate-limit/consume-rate-limits';
import { rateLimitBuckets } from '../platform/rate-limit/rate-limit.table';
import { users, type User } from './accounts.table';
import { hashPassword, verifyPassword } from './passwords';
import { createSession } from './sessions';
import { findUserByEmail, normaliseEmail } from './accounts.queries';

/**
 * Tries of one account from one network address, in widening windows: a few quick retries, then a
 * minute's wait, then a quarter of an hour, then an hour — back-off, not a lock. They are counted per
 * account AND address together, so a stranger's wrong guesses elsewhere never keep the real person
 * out (a limit on the account alone let anyone lock a staff member out with ten tries). A sign-in
 * that succeeds clears its own count. Guessing across many accounts from one address meets PER_IP.
 */
const BACK_OFF = [
	{ limit: 5, windowSeconds: 60 },
	{ limit: 10, windowSeconds: 15 * 60 },
	{ limit: 20, windowSeconds: 60 * 60 }
];
const PER_IP = { limit: 50, windowSeconds: 15 * 60 };
const pairKey = (email: string, ip: string, windowSeconds: number) => `staff-sign-in:pair:${windowSeconds}:${email}|${ip}`;

// Verifying against a real hash when the address is unknown keeps the time the same either way,
// so response times do not tell which addresses have staff accounts.
let decoyHash: Promise<string> | undefined;

export type StaffSignInResult =
	| { ok: true; token: string; expiresAt: Date; next: 'done' | 'two_factor' | 'two_factor_setup'; user: Pick<User, 'id' | 'isSteward'> }
	| { ok: false; error: 'credentials_wrong' }
	| { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

/** Email + password sign-in for place teams and stewards. Failed attempts are on the record. */
export async function signInWithPassword(
	deps: { db: Database; now: Date },
	input: { email: string; password: string; ip: string }
): Promise<StaffSignInResult> {
	const { db, now } = deps;
	const email = normaliseEmail(input.email);
	const limited = await consumeRateLimits(
		db,
		[
			...BACK_OFF.map((tier) => ({ key: pairKey(email, input.ip, tier.windowSeconds), ...tier })),
			{ key: `staff-sign-in:ip:${input.ip}`, ...PER_IP }
		],
		now
	);
	if (limited) return { ok: false, error: 'rate_limited', ...limited };
	const user = await findUserByEmail(db, email);
	const valid = user?.passwordHash
		? await verifyPassword(user.passwordHash, input.password)
		: (await verifyPassword(await (decoyHash ??= hashPassword('decoy password for timing')), input.password), false);

	if (!user || !valid) {
		await db.transaction((tx) =>
			recordAuditEvent(tx, {
				area: 'accounts',
				actorUserId: user?.id ?? null,
				actorLabel: email,
				action: 'session.sign_in_failed',
				details: { method: 'password' },
				occurredAt: now
			})
		);
		return { ok: false, error: 'credentials_wrong' };
	}
	return db.transaction(async (tx) => {
		const ownTries = BACK_OFF.map((tier) => pairKey(email, input.ip, tier.windowSeconds));
		await tx.delete(rateLimitBuckets).where(inArray(rateLimitBuckets.key, ownTries));
		const { token, session } = await createSession(tx, user.id, now, { signedInWith: 'password' });
		await recordAuditEvent(tx, {
			area: 'accounts',
			actorUserId: user.id,
			actorLabel: user.email,
			action: 'session.signed_in',
			details: { method: 'password' },
			occurredAt: now
		});
		return { ok: true as const, token, expiresAt: session.expiresAt, next: secondFactorStep(user), user: { id: user.id, isSteward: user.isSteward } };
	});
}

function secondFactorStep(user: User): 'done' | 'two_factor' | 'two_factor_setup' {
	if (user.totpKey) return 'two_factor';
	return user.isSteward ? 'two_factor_setup' : 'done';
}

/** Sets a staff password (when accepting an invitation or resetting one). */
export async function setPassword(db: Database, userId: string, password: string): Promise<void> {
	await db.update(users).set({ passwordHash: await hashPassword(password) }).where(eq(users.id, userId));
}
