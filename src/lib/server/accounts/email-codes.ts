import { and, eq, sql } from 'drizzle-orm';
import type { EmailCodePurpose as Purpose } from '../../accounts/sign-in-methods';
import type { Database } from '../platform/db/database';
import { emailCodes } from './accounts.table';
import { constantTimeEqual, generateNumericCode, hashToken } from './tokens';
import { normaliseEmail } from './accounts.queries';

export const EMAIL_CODE_DIGITS = 6;
export const EMAIL_CODE_TTL_MS = 10 * 60 * 1000;
export const EMAIL_CODE_MAX_ATTEMPTS = 5;

/** Issues a fresh code for an address, replacing any earlier one; returns the code to email. */
export async function issueEmailCode(db: Database, email: string, purpose: Purpose, now: Date): Promise<string> {
	const address = normaliseEmail(email);
	const code = generateNumericCode(EMAIL_CODE_DIGITS);
	const fresh = { codeHash: hashToken(code), attempts: 0, expiresAt: new Date(now.getTime() + EMAIL_CODE_TTL_MS) };
	await db
		.insert(emailCodes)
		.values({ email: address, purpose, ...fresh })
		.onConflictDoUpdate({ target: [emailCodes.email, emailCodes.purpose], set: fresh });
	return code;
}

export type EmailCodeCheck =
	| { outcome: 'accepted' }
	| { outcome: 'wrong'; attemptsLeft: number }
	| { outcome: 'expired' | 'used_up' | 'missing' };

/**
 * Checks a typed code. Every try counts (atomically, so parallel guesses count too); the fifth
 * wrong one spends the code. An accepted code is spent at once so it cannot be used twice.
 */
export async function checkEmailCode(db: Database, email: string, purpose: Purpose, typed: string, now: Date): Promise<EmailCodeCheck> {
	const address = normaliseEmail(email);
	const [code] = await db
		.update(emailCodes)
		.set({ attempts: sql`${emailCodes.attempts} + 1` })
		.where(and(eq(emailCodes.email, address), eq(emailCodes.purpose, purpose)))
		.returning();
	if (!code) return { outcome: 'missing' };
	if (now >= code.expiresAt) {
		await db.delete(emailCodes).where(eq(emailCodes.id, code.id));
		return { outcome: 'expired' };
	}
	if (code.attempts > EMAIL_CODE_MAX_ATTEMPTS) {
		await db.delete(emailCodes).where(eq(emailCodes.id, code.id));
		return { outcome: 'used_up' };
	}
	if (constantTimeEqual(hashToken(typed.replace(/\s+/g, '')), code.codeHash)) {
		// Only one of two racing correct submissions gets the row back.
		const spent = await db.delete(emailCodes).where(eq(emailCodes.id, code.id)).returning({ id: emailCodes.id });
		return spent.length === 1 ? { outcome: 'accepted' } : { outcome: 'missing' };
	}
	const attemptsLeft = EMAIL_CODE_MAX_ATTEMPTS - code.attempts;
	if (attemptsLeft <= 0) await db.delete(emailCodes).where(eq(emailCodes.id, code.id));
	return attemptsLeft <= 0 ? { outcome: 'used_up' } : { outcome: 'wrong', attemptsLeft };
}
