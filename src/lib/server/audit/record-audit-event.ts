import { desc, eq, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from '../platform/db/database';
import { auditEvents, type AuditEvent } from './audit.table';
import { AuditError } from './audit.errors';
import { auditEventInputSchema, type AuditEventInput } from './audit-event-input';
import { GENESIS_HASH, hashAuditEvent, type AuditEventContent } from './hash-audit-event';

/** First key of the two-key advisory locks that serialise appends per chain (the second is the chain's hashtext). */
const AUDIT_LOCK_SPACE = 7_283_003;

/**
 * Appends one event to its chain, inside the caller's transaction — the one that makes the change
 * being recorded, so the change and its record commit or roll back together (DOMAIN.md invariant 6).
 *
 * It must be given a transaction, never the bare database: the advisory lock that makes
 * "read the last row, insert the next" safe between concurrent requests and app processes is held
 * until the transaction ends. Wrap events that change nothing (a failed sign-in) in their own
 * `db.transaction(...)`. It never opens a transaction itself.
 *
 * The lock is held until the caller commits, so record the event as the last step of the change.
 * Assumes the default READ COMMITTED isolation (each statement sees what committed before it);
 * under REPEATABLE READ a concurrent append surfaces as a unique violation to retry. A transaction
 * that writes to two chains should do so in a fixed order (or Postgres may abort one as deadlocked).
 */
export async function recordAuditEvent(tx: Database, input: AuditEventInput): Promise<AuditEvent> {
	if (!(tx instanceof PgTransaction)) {
		throw new AuditError('audit_requires_transaction', 'recordAuditEvent needs the transaction of the change it records');
	}
	const parsed = auditEventInputSchema.safeParse(input);
	if (!parsed.success) throw new AuditError('audit_invalid_event', z.prettifyError(parsed.error));
	const event = parsed.data;
	const chain = event.placeId ?? (event.area as string);

	// Waits for any other writer of this chain to commit, so the last row read below is truly last.
	await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_SPACE}::int, hashtext(${chain}))`);
	const [last] = await tx
		.select({ sequence: auditEvents.sequence, hash: auditEvents.hash })
		.from(auditEvents)
		.where(eq(auditEvents.chain, chain))
		.orderBy(desc(auditEvents.sequence))
		.limit(1);

	const content: AuditEventContent = {
		chain,
		placeId: event.placeId ?? null,
		sequence: (last?.sequence ?? 0) + 1,
		actorUserId: event.actorUserId ?? null,
		actorLabel: event.actorLabel ?? null,
		action: event.action,
		subjectType: event.subjectType ?? null,
		subjectId: event.subjectId ?? null,
		details: event.details,
		occurredAt: event.occurredAt
	};
	const prevHash = last?.hash ?? GENESIS_HASH;
	const [row] = await tx
		.insert(auditEvents)
		.values({ ...content, prevHash, hash: hashAuditEvent(prevHash, content) })
		.returning();
	return row;
}
