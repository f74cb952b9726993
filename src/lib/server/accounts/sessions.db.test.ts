import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { users } from './accounts.table';
import { createSession, invalidateUserSessions, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, validateSessionToken } from './sessions';
import { hashToken } from './tokens';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-11-01T09:00:00Z');
const later = (ms: number) => new Date(start.getTime() + ms);

describe.each(testDatabases())('sessions on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let userId: string;
	beforeAll(async () => {
		handle = await open();
		[{ id: userId }] = await handle.db.insert(users).values({ email: 'sessions@example.org' }).returning({ id: users.id });
	});
	afterAll(() => handle.close());

	it('stores only the hash of the token, and finds the user by the token', async () => {
		const { token, session } = await createSession(handle.db, userId, start, { signedInWith: 'email_code' });
		expect(session.id).toBe(hashToken(token));
		expect(session.id).not.toContain(token);
		const found = await validateSessionToken(handle.db, token, later(DAY));
		expect(found.user?.email).toBe('sessions@example.org');
	});

	it('refuses a token it never issued', async () => {
		expect((await validateSessionToken(handle.db, 'made-up-token', start)).session).toBeNull();
	});

	it('slides forward while used, ends when idle too long', async () => {
		const { token } = await createSession(handle.db, userId, start, { signedInWith: 'email_code' });
		const used = await validateSessionToken(handle.db, token, later(20 * DAY));
		expect(used.session?.expiresAt.getTime()).toBe(later(20 * DAY + SESSION_IDLE_MS).getTime());
		const idle = await validateSessionToken(handle.db, token, later(20 * DAY + SESSION_IDLE_MS + 1));
		expect(idle.session).toBeNull();
	});

	it('never outlives its absolute limit, however active', async () => {
		const { token } = await createSession(handle.db, userId, start, { signedInWith: 'password' });
		for (let day = 20; day < 90; day += 20) expect((await validateSessionToken(handle.db, token, later(day * DAY))).session).not.toBeNull();
		expect((await validateSessionToken(handle.db, token, later(SESSION_ABSOLUTE_MS))).session).toBeNull();
	});

	it('ends every session of a person at once (after a password change)', async () => {
		const a = await createSession(handle.db, userId, start, { signedInWith: 'password' });
		const b = await createSession(handle.db, userId, start, { signedInWith: 'email_code' });
		await invalidateUserSessions(handle.db, userId);
		expect((await validateSessionToken(handle.db, a.token, start)).session).toBeNull();
		expect((await validateSessionToken(handle.db, b.token, start)).session).toBeNull();
	});
});
