import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { users } from './accounts.table';
import { setPassword, signInWithPassword } from './staff-sign-in';

const start = new Date('2026-11-01T09:00:00Z');
const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const PASSWORD = 'correct horse battery staple';

describe.each(testDatabases())('staff sign-in with a password on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
		for (const email of ['lead@example.org', 'steady@example.org', 'retry@example.org']) {
			const [{ id }] = await handle.db.insert(users).values({ email }).returning({ id: users.id });
			await setPassword(handle.db, id, PASSWORD);
		}
	});
	afterAll(() => handle.close());

	const signIn = (email: string, password: string, ip: string, now: Date) => signInWithPassword({ db: handle.db, now }, { email, password, ip });

	it('a stranger guessing from elsewhere cannot lock the real person out', async () => {
		for (let i = 0; i < 25; i++) await signIn('lead@example.org', `guess ${i}`, '203.0.113.66', after(i));
		const real = await signIn('lead@example.org', PASSWORD, '198.51.100.7', after(30));
		expect(real).toMatchObject({ ok: true });
	});

	it('quick wrong tries from one address meet a short wait that grows, not a lock', async () => {
		const tries = [];
		for (let i = 0; i < 6; i++) tries.push(await signIn('steady@example.org', `wrong ${i}`, '192.0.2.10', after(i)));
		expect(tries.slice(0, 5).every((t) => !t.ok && t.error === 'credentials_wrong')).toBe(true);
		expect(tries[5]).toMatchObject({ ok: false, error: 'rate_limited' });
		const wait = (tries[5] as { retryAfterSeconds: number }).retryAfterSeconds;
		expect(wait).toBeGreaterThan(0);
		expect(wait).toBeLessThanOrEqual(60);
		// After the minute, the right password works again from the same address.
		expect(await signIn('steady@example.org', PASSWORD, '192.0.2.10', after(61))).toMatchObject({ ok: true });
	});

	it('a successful sign-in clears its own count, so a typo later is not held against the person', async () => {
		for (let i = 0; i < 4; i++) await signIn('retry@example.org', `typo ${i}`, '192.0.2.20', after(i));
		expect(await signIn('retry@example.org', PASSWORD, '192.0.2.20', after(5))).toMatchObject({ ok: true });
		const next = [];
		for (let i = 0; i < 5; i++) next.push(await signIn('retry@example.org', `typo again ${i}`, '192.0.2.20', after(10 + i)));
		expect(next.every((t) => !t.ok && t.error === 'credentials_wrong')).toBe(true);
	});
});
