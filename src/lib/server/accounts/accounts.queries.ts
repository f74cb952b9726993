import { eq } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { users, type User } from './accounts.table';

/** One spelling per address: trimmed and lower-cased (mailboxes are case-insensitive in practice). */
export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function findUserByEmail(db: Database, email: string): Promise<User | null> {
	const [user] = await db.select().from(users).where(eq(users.email, normaliseEmail(email))).limit(1);
	return user ?? null;
}

export async function findUserById(db: Database, id: string): Promise<User | null> {
	const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
	return user ?? null;
}

/** The user with this address, created on first sign-in; proving the code proves the address. */
export async function findOrCreateVerifiedUser(db: Database, email: string, now: Date): Promise<User> {
	const address = normaliseEmail(email);
	const [created] = await db
		.insert(users)
		.values({ email: address, emailVerifiedAt: now })
		.onConflictDoNothing({ target: users.email })
		.returning();
	if (created) return created;
	const [existing] = await db.select().from(users).where(eq(users.email, address)).limit(1);
	if (!existing.emailVerifiedAt) {
		await db.update(users).set({ emailVerifiedAt: now }).where(eq(users.id, existing.id));
		existing.emailVerifiedAt = now;
	}
	return existing;
}
