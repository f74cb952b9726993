import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { consumeRateLimits } from '../platform/rate-limit/consume-rate-limits';
import type { User } from './accounts.table';
import { checkEmailCode, issueEmailCode } from './email-codes';
import { verifyPassword } from './passwords';
import { createSession, invalidateUserSessions } from './sessions';
import type { MailSender } from './sign-in';
import { setPassword } from './staff-sign-in';
import { findUserByEmail, normaliseEmail } from './accounts.queries';

const PER_ADDRESS = { limit: 5, windowSeconds: 15 * 60 };
const PER_IP = { limit: 30, windowSeconds: 15 * 60 };

export type ResetRequestResult = { ok: true } | { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

/**
 * Emails a reset code to a staff address. The answer is the same whether or not the address has
 * an account, so the form cannot be used to find out who works for a place.
 */
export async function requestPasswordReset(
	deps: { db: Database; mailer: MailSender; now: Date },
	input: { email: string; ip: string; locale: Locale }
): Promise<ResetRequestResult> {
	const { db, mailer, now } = deps;
	const email = normaliseEmail(input.email);
	const limited = await consumeRateLimits(
		db,
		[
			{ key: `password-reset:email:${email}`, ...PER_ADDRESS },
			{ key: `password-reset:ip:${input.ip}`, ...PER_IP }
		],
		now
	);
	if (limited) return { ok: false, error: 'rate_limited', ...limited };
	const user = await findUserByEmail(db, email);
	if (!user?.passwordHash) return { ok: true };
	const code = await issueEmailCode(db, email, 'password_reset', now);
	await mailer.send({
		to: email,
		subject: m.email_reset_subject({ code }, { locale: input.locale }),
		text: m.email_reset_body({ code }, { locale: input.locale }),
		purpose: 'password_reset'
	});
	return { ok: true };
}

export type NewSession = { token: string; expiresAt: Date };

/** Sets a new password with an emailed code; every session of the person ends, this browser gets a new one. */
export async function resetPassword(
	{ db, now }: { db: Database; now: Date },
	input: { email: string; code: string; newPassword: string }
): Promise<{ ok: true; session: NewSession } | { ok: false; error: 'code_wrong'; attemptsLeft: number } | { ok: false; error: 'code_expired' | 'code_used_up' | 'code_not_requested' }> {
	const check = await checkEmailCode(db, input.email, 'password_reset', input.code, now);
	if (check.outcome === 'wrong') return { ok: false, error: 'code_wrong', attemptsLeft: check.attemptsLeft };
	if (check.outcome === 'expired') return { ok: false, error: 'code_expired' };
	if (check.outcome === 'used_up') return { ok: false, error: 'code_used_up' };
	const user = check.outcome === 'accepted' ? await findUserByEmail(db, input.email) : null;
	if (!user) return { ok: false, error: 'code_not_requested' };
	return { ok: true, session: await replacePassword(db, user, input.newPassword, now, 'password.reset', false) };
}

/** Changes a password knowing the current one; every other session of the person ends. */
export async function changePassword(
	{ db, now }: { db: Database; now: Date },
	input: { user: User; currentPassword: string; newPassword: string; twoFactorVerified: boolean }
): Promise<{ ok: true; session: NewSession } | { ok: false; error: 'password_wrong' }> {
	if (!input.user.passwordHash || !(await verifyPassword(input.user.passwordHash, input.currentPassword))) {
		return { ok: false, error: 'password_wrong' };
	}
	return { ok: true, session: await replacePassword(db, input.user, input.newPassword, now, 'password.changed', input.twoFactorVerified) };
}

async function replacePassword(db: Database, user: User, password: string, now: Date, action: string, twoFactorVerified: boolean): Promise<NewSession> {
	await setPassword(db, user.id, password);
	return db.transaction(async (tx) => {
		await invalidateUserSessions(tx, user.id);
		const { token, session } = await createSession(tx, user.id, now, { signedInWith: 'password', twoFactorVerified });
		await recordAuditEvent(tx, { area: 'accounts', actorUserId: user.id, actorLabel: user.email, action, occurredAt: now });
		return { token, expiresAt: session.expiresAt };
	});
}
