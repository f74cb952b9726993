import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './db/database';
import { testDatabases } from '../testing/databases';
import { sessions, users } from '../accounts/accounts.table';
import { createSession, validateSessionToken } from '../accounts/sessions';
import { consumeRateLimit } from './rate-limit/consume-rate-limit';
import { rateLimitBuckets } from './rate-limit/rate-limit.table';
import { clearExpiredRows } from './housekeeping';

const start = new Date('2026-11-01T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe.each(testDatabases())('housekeeping on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
	});
	afterAll(() => handle.close());

	it('clears ended sessions and ended rate-limit windows, and keeps the ones still running', async () => {
		const [{ id: userId }] = await handle.db.insert(users).values({ email: 'housekeeping@example.org' }).returning({ id: users.id });
		const old = await createSession(handle.db, userId, start, { signedInWith: 'email_code' });
		const later = new Date(start.getTime() + 60 * DAY);
		const current = await createSession(handle.db, userId, later, { signedInWith: 'email_code' });
		await consumeRateLimit(handle.db, { key: 'sign-in:old@example.org', limit: 5, windowSeconds: 60 }, start);
		await consumeRateLimit(handle.db, { key: 'sign-in:new@example.org', limit: 5, windowSeconds: 60 }, later);

		const cleared = await clearExpiredRows(handle.db, later);

		expect(cleared.rateLimitWindows).toBe(1);
		const keys = (await handle.db.select({ key: rateLimitBuckets.key }).from(rateLimitBuckets)).map((row) => row.key);
		expect(keys).toEqual(['sign-in:new@example.org']);
		const sessionIds = (await handle.db.select({ id: sessions.id }).from(sessions)).map((row) => row.id);
		expect(sessionIds).toEqual([current.session.id]);
		expect((await validateSessionToken(handle.db, current.token, later)).user?.email).toBe('housekeeping@example.org');
		expect(sessionIds).not.toContain(old.session.id);
	});
});
