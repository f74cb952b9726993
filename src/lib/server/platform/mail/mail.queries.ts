import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../db/database';
import { outboxMessages, type OutboxMessage } from './mail.table';

/**
 * The development outbox, newest first (ties in created_at, which PGlite keeps only to the
 * millisecond, go by the time-ordered id); only messages to `to` when given. At most 200.
 */
export function listOutboxMessages(db: Database, { to, limit }: { to?: string; limit: number }): Promise<OutboxMessage[]> {
	return db
		.select()
		.from(outboxMessages)
		.where(to === undefined ? undefined : eq(outboxMessages.toAddress, to))
		.orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
		.limit(Math.min(Math.max(Math.trunc(limit), 1), 200));
}

/** The newest message of this purpose to this address (the sign-in code a test types in), or null. */
export async function findLatestOutboxMessage(db: Database, to: string, purpose: string): Promise<OutboxMessage | null> {
	const [message] = await db
		.select()
		.from(outboxMessages)
		.where(and(eq(outboxMessages.toAddress, to), eq(outboxMessages.purpose, purpose)))
		.orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
		.limit(1);
	return message ?? null;
}
