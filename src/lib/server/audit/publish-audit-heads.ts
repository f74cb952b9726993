import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { auditHeads, type AuditHead } from './audit.table';

/** A head is published at least this often while its chain grows (and at once when asked, e.g. at a count). */
export const PUBLISH_HEADS_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * Publishes the head (length and newest hash) of every chain that has grown since its last published
 * head — if that head is older than PUBLISH_HEADS_EVERY_MS, or always when `chain` names it (a count
 * seals the record it was made under). A chain found SHORTER than a head already published is not
 * "published" again: verifyAuditChain reports it. Returns how many heads were published.
 */
export async function publishAuditHeads(db: Database, now: Date, options: { chain?: string } = {}): Promise<number> {
	const dueBefore = new Date(now.getTime() - PUBLISH_HEADS_EVERY_MS);
	const onlyChain = options.chain ?? null;
	const grown = rowsOf<{ chain: string; place_id: string | null; sequence: number; hash: string }>(
		await db.execute(sql`
			select e.chain, e.place_id, e.sequence, e.hash
			from audit_events e
			join (select chain, max(sequence) as newest from audit_events group by chain) n on n.chain = e.chain and n.newest = e.sequence
			left join (select chain, max(length) as length, max(published_at) as published_at from audit_heads group by chain) h on h.chain = e.chain
			where (h.length is null or h.length < e.sequence)
			  and (${onlyChain}::text is null or e.chain = ${onlyChain}::text)
			  and (${onlyChain}::text is not null or h.published_at is null or h.published_at <= ${dueBefore.toISOString()}::timestamptz)`)
	);
	if (grown.length === 0) return 0;
	const inserted = await db
		.insert(auditHeads)
		.values(grown.map((row) => ({ chain: row.chain, placeId: row.place_id, length: Number(row.sequence), hash: row.hash, publishedAt: now })))
		.onConflictDoNothing()
		.returning({ id: auditHeads.id });
	return inserted.length;
}

/** Every head published for one chain, oldest first: what the chain must still agree with. */
export function listAuditHeads(db: Database, chain: string): Promise<AuditHead[]> {
	return db.select().from(auditHeads).where(eq(auditHeads.chain, chain)).orderBy(asc(auditHeads.length));
}

/** The newest heads of a place, newest first, for its public record page. */
export function listRecentAuditHeads(db: Database, placeId: string, limit = 30): Promise<AuditHead[]> {
	return db.select().from(auditHeads).where(and(eq(auditHeads.chain, placeId), eq(auditHeads.placeId, placeId))).orderBy(desc(auditHeads.length)).limit(limit);
}
