import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { users } from './accounts.table';
import { addSteward } from './add-steward';
import { verifyPassword } from './passwords';
import { createSession } from './sessions';
import { signInWithPassword } from './staff-sign-in';
import { findUserByEmail } from './accounts.queries';

const now = new Date('2026-12-07T12:00:00Z');

describe.each(testDatabases())('the first steward, added from the command line, on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => (handle = await open()));
	afterAll(() => handle.close());

	it('creates a steward on an empty database with a password and a two-step key that sign them in', async () => {
		const added = await addSteward({ db: handle.db, now }, { email: '  Ffion@Example.org ', name: 'Ffion Evans' });
		expect(added).toMatchObject({ ok: true, outcome: 'created', email: 'ffion@example.org' });
		if (!added.ok) return;
		expect(added.password).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){5}$/);
		expect(added.totpKey).toMatch(/^[A-Z2-7]{32}$/);

		const user = (await findUserByEmail(handle.db, 'ffion@example.org'))!;
		expect(user).toMatchObject({ isSteward: true, displayName: 'Ffion Evans', totpKey: added.totpKey });
		// Only the hash is kept.
		expect(user.passwordHash).not.toContain(added.password);
		expect(await verifyPassword(user.passwordHash!, added.password)).toBe(true);
		// The password works, and the next step asks for the code from the authenticator app.
		const signIn = await signInWithPassword({ db: handle.db, now }, { email: 'ffion@example.org', password: added.password, ip: '10.0.0.1' });
		expect(signIn).toMatchObject({ ok: true, next: 'two_factor' });
	});

	it('refuses to issue new ones for an existing steward unless asked to reset, and a reset ends their sessions', async () => {
		const before = (await findUserByEmail(handle.db, 'ffion@example.org'))!;
		expect(await addSteward({ db: handle.db, now }, { email: 'ffion@example.org' })).toEqual({ ok: false, error: 'steward_exists' });
		expect(await findUserByEmail(handle.db, 'ffion@example.org')).toEqual(before);

		await createSession(handle.db, before.id, now, { signedInWith: 'password' });
		const reset = await addSteward({ db: handle.db, now }, { email: 'ffion@example.org', reset: true });
		expect(reset).toMatchObject({ ok: true, outcome: 'reset' });
		if (!reset.ok) return;
		const after = (await findUserByEmail(handle.db, 'ffion@example.org'))!;
		expect(after.totpKey).toBe(reset.totpKey);
		expect(after.totpKey).not.toBe(before.totpKey);
		expect(after.displayName).toBe('Ffion Evans');
		expect(await verifyPassword(after.passwordHash!, reset.password)).toBe(true);
		const sessions = await handle.db.query.sessions.findMany({ where: (s, { eq }) => eq(s.userId, before.id) });
		expect(sessions).toEqual([]);
	});

	it('promotes someone who already has an account, keeping their name', async () => {
		await handle.db.insert(users).values({ email: 'resident@example.org', displayName: 'Rhys', emailVerifiedAt: now });
		const promoted = await addSteward({ db: handle.db, now }, { email: 'resident@example.org' });
		expect(promoted).toMatchObject({ ok: true, outcome: 'promoted' });
		expect(await findUserByEmail(handle.db, 'resident@example.org')).toMatchObject({ isSteward: true, displayName: 'Rhys' });
	});

	it('refuses an address that is not one, and changes nothing', async () => {
		expect(await addSteward({ db: handle.db, now }, { email: 'not an address' })).toEqual({ ok: false, error: 'email_invalid' });
		expect(await addSteward({ db: handle.db, now }, { email: 'x@example.org', name: 'n'.repeat(121) })).toEqual({ ok: false, error: 'name_too_long' });
		expect(await findUserByEmail(handle.db, 'x@example.org')).toBeNull();
	});

	it('puts each addition on the steward record, without the secrets', async () => {
		const events = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorLabel, 'command line (npm run steward:add)')).orderBy(auditEvents.sequence);
		expect(events.map((e) => e.action)).toEqual(['steward.created', 'steward.sign_in_reset', 'steward.promoted']);
		expect(JSON.stringify(events)).not.toMatch(/[A-Z2-7]{32}/);
	});
});
