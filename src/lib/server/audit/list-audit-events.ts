import { and, desc, eq, lt } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { auditEvents, type AuditEvent } from './audit.table';

export interface AuditPageRequest {
	chain: string;
	/** At most 200 rows a page. */
	limit: number;
	/** Sequence of the oldest row already shown; the page continues below it. */
	before?: number;
}

/**
 * One page of a chain, newest first, for the place team's audit page. Keyset pagination on
 * `sequence` (the chain's unique index) stays fast however long the record grows, and pages never
 * shift when new events arrive while someone is reading. The caller has already checked that the
 * reader may see this chain; for a place, the chain is the place's id.
 */
export function listAuditEvents(db: Database, { chain, limit, before }: AuditPageRequest): Promise<AuditEvent[]> {
	const pageSize = Math.min(Math.max(Math.trunc(limit), 1), 200);
	return db
		.select()
		.from(auditEvents)
		.where(and(eq(auditEvents.chain, chain), before === undefined ? undefined : lt(auditEvents.sequence, before)))
		.orderBy(desc(auditEvents.sequence))
		.limit(pageSize);
}
