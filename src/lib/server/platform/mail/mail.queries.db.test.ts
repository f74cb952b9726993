import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database';
import { testDatabases } from '../../testing/databases';
import { createMailer } from './create-mailer';
import { outboxMessages } from './mail.table';
import { findLatestOutboxMessage, listOutboxMessages } from './mail.queries';

const from = 'Placecraft <no-reply@placecraft.example>';

describe.each(testDatabases())('the development outbox on $name', ({ open }) => {
	// One database for the file: every test writes to addresses of its own.
	let handle: DatabaseHandle;
	beforeAll(async () => (handle = await open()));
	afterAll(() => handle.close());

	it('keeps what would have been sent when no SMTP server is configured', async () => {
		const mailer = createMailer({ from }, handle.db);
		await mailer.send({
			to: 'alice@example.org',
			subject: 'Your sign-in code',
			text: 'Code 111111',
			html: '<p>Code 111111</p>',
			purpose: 'sign_in_code'
		});
		expect(await findLatestOutboxMessage(handle.db, 'alice@example.org', 'sign_in_code')).toMatchObject({
			toAddress: 'alice@example.org',
			subject: 'Your sign-in code',
			textBody: 'Code 111111',
			htmlBody: '<p>Code 111111</p>',
			purpose: 'sign_in_code'
		});
	});

	it('finds the newest message of a purpose, even when several were sent in one transaction', async () => {
		await handle.db.transaction(async (tx) => {
			const mailer = createMailer({ from }, tx);
			await mailer.send({ to: 'bob@example.org', subject: 'Code', text: 'Code 222222', purpose: 'sign_in_code' });
			await mailer.send({ to: 'bob@example.org', subject: 'Code', text: 'Code 333333', purpose: 'sign_in_code' });
			await mailer.send({ to: 'bob@example.org', subject: 'You are invited', text: 'Join us', purpose: 'invitation' });
		});
		expect((await findLatestOutboxMessage(handle.db, 'bob@example.org', 'sign_in_code'))?.textBody).toBe('Code 333333');
		expect(await findLatestOutboxMessage(handle.db, 'bob@example.org', 'password_reset')).toBeNull();
		expect(await findLatestOutboxMessage(handle.db, 'nobody@example.org', 'sign_in_code')).toBeNull();
	});

	it("lists one address's messages newest first, up to the limit", async () => {
		const mailer = createMailer({ from }, handle.db);
		for (const n of [1, 2, 3]) {
			await mailer.send({ to: 'carol@example.org', subject: `Update ${n}`, text: 'News', purpose: 'delivery_update' });
		}
		await mailer.send({ to: 'dan@example.org', subject: 'Other', text: 'News', purpose: 'delivery_update' });
		const carol = await listOutboxMessages(handle.db, { to: 'carol@example.org', limit: 2 });
		expect(carol.map((m) => m.subject)).toEqual(['Update 3', 'Update 2']);
		expect((await listOutboxMessages(handle.db, { limit: 1 }))[0].toAddress).toBe('dan@example.org');
	});

	it('stores nothing for an address that is not one', async () => {
		const mailer = createMailer({ from }, handle.db);
		const before = (await handle.db.select().from(outboxMessages)).length;
		const sending = mailer.send({ to: 'not-an-address', subject: 'Hi', text: 'Hi', purpose: 'invitation' });
		await expect(sending).rejects.toMatchObject({ code: 'mail_invalid_address' });
		expect(await handle.db.select().from(outboxMessages)).toHaveLength(before);
	});
});
