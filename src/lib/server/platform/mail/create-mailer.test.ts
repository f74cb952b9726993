import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { createMailer } from './create-mailer';
import { startSmtpSink, type SmtpSink } from '../../testing/smtp-sink';

/** A database that fails any use: the SMTP path must not touch the outbox. */
const noDatabase = new Proxy({}, {
	get() {
		throw new Error('the SMTP path touched the database');
	}
}) as Database;

const from = 'Placecraft <no-reply@placecraft.example>';
const signInCode = { to: 'alice@example.org', subject: 'Your sign-in code', text: 'Your code is 123456.', purpose: 'sign_in_code' };

describe('sending mail through an SMTP server', () => {
	let sink: SmtpSink;
	beforeAll(async () => (sink = await startSmtpSink()));
	afterAll(() => sink.close());

	it('delivers the message to the server: envelope, subject and body', async () => {
		const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from }, noDatabase);
		await mailer.send({ ...signInCode, html: '<p>Your code is <b>123456</b>.</p>' });
		expect(sink.received).toHaveLength(1);
		const [mail] = sink.received;
		expect(mail.from).toBe('no-reply@placecraft.example');
		expect(mail.recipients).toEqual(['alice@example.org']);
		expect(mail.data).toMatch(/^Subject: Your sign-in code\r$/m);
		expect(mail.data).toContain('Your code is 123456.');
		expect(mail.data).toContain('text/html');
	});

	it('refuses an address that is not one, before talking to the server', async () => {
		const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from }, noDatabase);
		const before = sink.received.length;
		await expect(mailer.send({ ...signInCode, to: 'alice at example' })).rejects.toMatchObject({
			name: 'MailError',
			code: 'mail_invalid_address'
		});
		await expect(mailer.send({ ...signInCode, subject: 'Hi\r\nBcc: everyone@example.org' })).rejects.toMatchObject({
			code: 'mail_invalid_message'
		});
		expect(sink.received.length).toBe(before);
	});

	it('says the send failed when no server answers', async () => {
		const closed = await startSmtpSink();
		await closed.close();
		const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${closed.port}`, from }, noDatabase);
		await expect(mailer.send(signInCode)).rejects.toMatchObject({ code: 'mail_send_failed' });
	});
});
