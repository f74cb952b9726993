import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { requestSignInCode, signInWithCode, type MailSender } from './sign-in';
import { validateSessionToken } from './sessions';

const now = new Date('2026-11-01T09:00:00Z');

/** Records what would have been emailed; sending mail is not what these tests are about. */
function recordingMailer() {
	const sent: { to: string; subject: string; text: string }[] = [];
	const mailer: MailSender = { send: async (message) => void sent.push(message) };
	return { sent, mailer };
}

describe.each(testDatabases())('signing in with an emailed code on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => (handle = await open()));
	afterAll(() => handle.close());

	it('emails a code in the reader’s language, and the code signs them in as a resident', async () => {
		const { sent, mailer } = recordingMailer();
		await requestSignInCode({ db: handle.db, mailer, now }, { email: 'Ffion@Example.org', ip: '10.0.0.1', locale: 'cy' });
		expect(sent).toHaveLength(1);
		expect(sent[0].to).toBe('ffion@example.org');
		expect(sent[0].text).toContain('Eich cod');
		const code = sent[0].text.match(/\b(\d{6})\b/)![1];
		const result = await signInWithCode({ db: handle.db, now }, { email: 'ffion@example.org', code });
		if (!result.ok) throw new Error(result.error);
		const { user, session } = await validateSessionToken(handle.db, result.token, now);
		expect(user?.email).toBe('ffion@example.org');
		expect(session?.signedInWith).toBe('email_code');
	});

	it('stops sending to one address after five requests in a quarter of an hour', async () => {
		const { sent, mailer } = recordingMailer();
		const results = [];
		for (let i = 0; i < 6; i++) results.push(await requestSignInCode({ db: handle.db, mailer, now }, { email: 'flood@example.org', ip: `10.0.1.${i}`, locale: 'en' }));
		expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
		expect(results[5]).toMatchObject({ ok: false, error: 'rate_limited' });
		expect(sent).toHaveLength(5);
		const later = new Date(now.getTime() + 15 * 60 * 1000);
		expect(await requestSignInCode({ db: handle.db, mailer, now: later }, { email: 'flood@example.org', ip: '10.0.1.9', locale: 'en' })).toEqual({ ok: true });
	});
});
