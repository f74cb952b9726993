import nodemailer from 'nodemailer';
import type { Database } from '../db/database';
import { outboxMessages } from './mail.table';
import { MailError } from './mail.errors';
import { parseMailMessage, type MailMessage } from './mail-message';
import { newOutboxMessageId } from './new-outbox-message-id';

export interface MailerConfig {
	/** e.g. smtp://user:pass@mail.example:587 — when absent, mail goes to the development outbox. */
	smtpUrl?: string;
	/** The sender, e.g. 'Placecraft <no-reply@placecraft.example>'. */
	from: string;
}

export interface Mailer {
	/** Resolves once the SMTP server accepted the message (or the outbox stored it); MailError otherwise. */
	send(message: MailMessage): Promise<void>;
}

/**
 * The app's one way to send email. With an SMTP URL it sends for real; without one it stores each
 * message in `outbox_messages`, so the demo and the browser tests can read sign-in codes without a
 * mail server. That outbox holds live codes in plain text: never run a public site without SMTP.
 */
export function createMailer(config: MailerConfig, db: Database): Mailer {
	if (!config.from.trim()) throw new MailError('mail_invalid_message', 'the mailer needs a sender address');
	// nodemailer waits up to 2 minutes to connect and 10 on a silent socket by default; a resident
	// waiting for a sign-in code should hear "try again" sooner. Settings in the URL still win.
	const transport = config.smtpUrl
		? nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
		: null;

	return {
		async send(input) {
			const message = parseMailMessage(input);
			if (!transport) {
				await db.insert(outboxMessages).values({
					id: newOutboxMessageId(),
					toAddress: message.to,
					subject: message.subject,
					textBody: message.text,
					htmlBody: message.html ?? null,
					purpose: message.purpose
				});
				return;
			}
			try {
				await transport.sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.text, html: message.html });
			} catch (cause) {
				// Kept as the cause for the logs; the caller only needs to know the send failed.
				throw new MailError('mail_send_failed', `the mail server did not take the ${message.purpose} message`, { cause });
			}
		}
	};
}
