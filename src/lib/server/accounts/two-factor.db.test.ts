import { generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { sessions, users, type User } from './accounts.table';
import { createSession } from './sessions';
import { generateTotpKey, passSecondFactor } from './two-factor';

const start = new Date('2026-11-01T09:00:00Z');
const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);
/** The code an authenticator app shows at a moment (30-second steps, six digits). */
const codeAt = (key: string, at: Date) => generateHOTP(decodeBase32IgnorePadding(key), BigInt(Math.floor(at.getTime() / 30_000)), 6);

describe.each(testDatabases())('the second step of a staff sign-in on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
	});
	afterAll(() => handle.close());

	async function staffWithKey(email: string): Promise<{ user: User; key: string }> {
		const key = generateTotpKey();
		const [user] = await handle.db.insert(users).values({ email, totpKey: key }).returning();
		return { user, key };
	}
	const newSession = async (user: User) => (await createSession(handle.db, user.id, start, { signedInWith: 'password' })).session;
	const isVerified = async (sessionId: string) =>
		(await handle.db.select({ v: sessions.twoFactorVerified }).from(sessions).where(eq(sessions.id, sessionId)))[0].v;
	const pass = (user: User, session: Awaited<ReturnType<typeof newSession>>, code: string, now: Date) =>
		passSecondFactor({ db: handle.db, now }, { user, session, code });

	it('a code is good once: a second session sending the same code is refused and stays unverified', async () => {
		const { user, key } = await staffWithKey('once@example.org');
		const [first, second] = [await newSession(user), await newSession(user)];
		const code = codeAt(key, after(0));
		expect(await pass(user, first, code, after(0))).toEqual({ ok: true });
		expect(await pass(user, second, code, after(5))).toEqual({ ok: false, error: 'totp_used' });
		expect(await isVerified(first.id)).toBe(true);
		expect(await isVerified(second.id)).toBe(false);
		// The next code the app shows is good.
		expect(await pass(user, second, codeAt(key, after(30)), after(31))).toEqual({ ok: true });
	});

	it('an older code is refused after a newer one, even inside the minute a slow clock is allowed', async () => {
		const { user, key } = await staffWithKey('older@example.org');
		const session = await newSession(user);
		expect(await pass(user, session, codeAt(key, after(30)), after(30))).toEqual({ ok: true });
		// The previous step's code is still within the allowed clock drift, but it comes before the one spent.
		expect(await pass(user, await newSession(user), codeAt(key, after(0)), after(31))).toEqual({ ok: false, error: 'totp_used' });
	});

	it('a wrong code and a code from minutes ago are wrong, not used', async () => {
		const { user, key } = await staffWithKey('wrong@example.org');
		const session = await newSession(user);
		expect(await pass(user, session, codeAt(key, after(0)), after(300))).toEqual({ ok: false, error: 'totp_wrong' });
		const right = codeAt(key, after(300));
		const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
		expect(await pass(user, session, wrong, after(300))).toEqual({ ok: false, error: 'totp_wrong' });
	});

	it('two sessions sending one code at the same moment: exactly one passes', async () => {
		const { user, key } = await staffWithKey('race@example.org');
		const racers = await Promise.all(Array.from({ length: 6 }, () => newSession(user)));
		const code = codeAt(key, after(0));
		const results = await Promise.all(racers.map((session) => pass(user, session, code, after(1))));
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok && r.error === 'totp_used')).toHaveLength(5);
	});
});
