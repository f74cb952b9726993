import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The development outbox: where mail goes when no SMTP server is configured, so the demo and the
 * browser tests can read sign-in codes and invitations. In production (SMTP configured) it stays empty.
 */
export const outboxMessages = pgTable(
	'outbox_messages',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		toAddress: text('to_address').notNull(),
		subject: text('subject').notNull(),
		textBody: text('text_body').notNull(),
		htmlBody: text('html_body'),
		/** Why it was sent: 'sign_in_code', 'invitation', 'password_reset' … */
		purpose: text('purpose').notNull(),
		// clock_timestamp(), not now(): each message in a transaction gets its own time. PGlite keeps it
		// only to the millisecond, so lists break ties on the id, which the mailer makes time-ordered.
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`)
	},
	(table) => [index('outbox_messages_to_created_idx').on(table.toAddress, table.createdAt)]
);

export type OutboxMessage = typeof outboxMessages.$inferSelect;
