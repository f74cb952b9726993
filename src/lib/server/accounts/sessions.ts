import { and, eq, lt } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { sessions, users, type Session, type User } from './accounts.table';
import { generateToken, hashToken } from './tokens';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A session idle for this long ends. */
export const SESSION_IDLE_MS = 30 * DAY_MS;
/** No session lives longer than this, however active: a lost device stops working eventually. */
export const SESSION_ABSOLUTE_MS = 90 * DAY_MS;
/** Only extend when less than this is left, so active users don't cost a write per request. */
const EXTEND_WHEN_LEFT_MS = 15 * DAY_MS;

export type SessionValidation = { session: Session; user: User } | { session: null; user: null };

/**
 * Starts a session and returns the token for the cookie. Only the token's hash is stored.
 * Called at every sign-in, so a session id is never carried across one (rotation).
 */
export async function createSession(
	db: Database,
	userId: string,
	now: Date,
	options: { signedInWith: Session['signedInWith']; twoFactorVerified?: boolean }
) {
	const token = generateToken();
	const [session] = await db
		.insert(sessions)
		.values({
			id: hashToken(token),
			userId,
			createdAt: now,
			expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
			absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
			signedInWith: options.signedInWith,
			twoFactorVerified: options.twoFactorVerified ?? false
		})
		.returning();
	return { token, session };
}

/** The session and user behind a cookie's token, extending a live session; expired ones are removed. */
export async function validateSessionToken(db: Database, token: string, now: Date): Promise<SessionValidation> {
	const id = hashToken(token);
	const [row] = await db
		.select({ session: sessions, user: users })
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id))
		.limit(1);
	if (!row) return { session: null, user: null };
	const { session, user } = row;
	if (now >= session.expiresAt || now >= session.absoluteExpiresAt) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return { session: null, user: null };
	}
	if (session.expiresAt.getTime() - now.getTime() < EXTEND_WHEN_LEFT_MS) {
		const extended = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, session.absoluteExpiresAt.getTime()));
		await db.update(sessions).set({ expiresAt: extended }).where(eq(sessions.id, id));
		session.expiresAt = extended;
	}
	return { session, user };
}

export async function markSessionTwoFactorVerified(db: Database, sessionId: string): Promise<void> {
	await db.update(sessions).set({ twoFactorVerified: true }).where(eq(sessions.id, sessionId));
}

export async function invalidateSession(db: Database, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user: after a password change, every device must sign in again. */
export async function invalidateUserSessions(db: Database, userId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Database, now: Date): Promise<void> {
	await db.delete(sessions).where(and(lt(sessions.expiresAt, now)));
}
