import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { consumeRateLimits } from '../platform/rate-limit/consume-rate-limits';
import { checkEmailCode, issueEmailCode } from './email-codes';
import { createSession } from './sessions';
import { findOrCreateVerifiedUser, normaliseEmail } from './accounts.queries';

/** What sign-in needs to send mail; the app passes its mailer, tests pass one that records. */
export interface MailSender {
	send(message: { to: string; subject: string; text: string; purpose: string }): Promise<void>;
}

// Per address: enough for a resident who mistypes, too few to flood someone's inbox.
const PER_ADDRESS = { limit: 5, windowSeconds: 15 * 60 };
// Per network address: a community centre's shared Wi-Fi signs in many people at a workshop.
const PER_IP = { limit: 60, windowSeconds: 15 * 60 };

export type RequestCodeResult = { ok: true } | { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

/** Emails a fresh 6-digit sign-in code, within the per-address and per-IP limits. */
export async function requestSignInCode(
	deps: { db: Database; mailer: MailSender; now: Date },
	input: { email: string; ip: string; locale: Locale }
): Promise<RequestCodeResult> {
	const { db, mailer, now } = deps;
	const email = normaliseEmail(input.email);
	const limited = await consumeRateLimits(
		db,
		[
			{ key: `sign-in-code:email:${email}`, ...PER_ADDRESS },
			{ key: `sign-in-code:ip:${input.ip}`, ...PER_IP }
		],
		now
	);
	if (limited) return { ok: false, error: 'rate_limited', ...limited };
	const code = await issueEmailCode(db, email, 'sign_in', now);
	const locale = input.locale;
	await mailer.send({
		to: email,
		subject: m.email_signin_subject({ code }, { locale }),
		text: m.email_signin_body({ code }, { locale }),
		purpose: 'sign_in_code'
	});
	return { ok: true };
}

export type CodeSignInResult =
	| { ok: true; token: string; expiresAt: Date }
	| { ok: false; error: 'code_wrong'; attemptsLeft: number }
	| { ok: false; error: 'code_expired' | 'code_used_up' | 'code_not_requested' };

/**
 * Signs in with an emailed code: creates the account on first use (the code proves the address)
 * and starts a new session. Returns the cookie token.
 */
export async function signInWithCode(deps: { db: Database; now: Date }, input: { email: string; code: string }): Promise<CodeSignInResult> {
	const { db, now } = deps;
	const check = await checkEmailCode(db, input.email, 'sign_in', input.code, now);
	switch (check.outcome) {
		case 'wrong':
			return { ok: false, error: 'code_wrong', attemptsLeft: check.attemptsLeft };
		case 'expired':
			return { ok: false, error: 'code_expired' };
		case 'used_up':
			return { ok: false, error: 'code_used_up' };
		case 'missing':
			return { ok: false, error: 'code_not_requested' };
	}
	return db.transaction(async (tx) => {
		const user = await findOrCreateVerifiedUser(tx, input.email, now);
		const { token, session } = await createSession(tx, user.id, now, { signedInWith: 'email_code' });
		await recordAuditEvent(tx, {
			area: 'accounts',
			actorUserId: user.id,
			actorLabel: user.email,
			action: 'session.signed_in',
			details: { method: 'email_code' },
			occurredAt: now
		});
		return { ok: true as const, token, expiresAt: session.expiresAt };
	});
}
