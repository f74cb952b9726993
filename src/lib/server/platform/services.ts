import { env } from '$env/dynamic/private';
import { getDatabase } from './db';
import { createMailer, type Mailer } from './mail/create-mailer';

let mailer: Mailer | undefined;

/** The app's mailer: SMTP when SMTP_URL is set, else the development outbox in the database. */
export async function getMailer(): Promise<Mailer> {
	mailer ??= createMailer({ smtpUrl: env.SMTP_URL || undefined, from: env.MAIL_FROM || 'Placecraft <no-reply@placecraft.invalid>' }, await getDatabase());
	return mailer;
}

/**
 * The development outbox page shows every email the app "sent", codes included, so it exists only
 * when no mail server is configured and the app is not running in production.
 */
export function isDevOutboxEnabled(): boolean {
	return !env.SMTP_URL && process.env.NODE_ENV !== 'production';
}
