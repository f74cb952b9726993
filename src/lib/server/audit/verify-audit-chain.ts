import { and, asc, eq, gt } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { auditEvents } from './audit.table';
import { listAuditHeads } from './publish-audit-heads';
import { GENESIS_HASH, hashAuditEvent } from './hash-audit-event';

export type AuditChainBreak = 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap' | 'published_head_mismatch' | 'shorter_than_published';

/**
 * `count` is how many rows were found intact: all of them when ok, those before the break otherwise.
 * `headHash` is the hash of the newest row: publishing it elsewhere now and then is what lets
 * someone later notice rows removed from the END of a chain, which the chain alone cannot show.
 */
export type AuditChainVerification =
	| { ok: true; count: number; headHash: string }
	| { ok: false; count: number; firstBrokenSequence: number; reason: AuditChainBreak };

/** Rows read per query, so a long chain is walked without loading it whole. */
const PAGE_SIZE = 500;

/**
 * Walks one chain oldest first, recomputing every hash. A changed row shows as `hash_mismatch`;
 * a removed row as `sequence_gap` (at the first missing sequence); a row whose hash was recomputed
 * after an edit shows at the next row as `prev_hash_mismatch`. Then the chain is held to every head
 * published for it (publish-audit-heads.ts): a chain rewritten from an edit onwards with every later
 * hash recomputed differs from a published head (`published_head_mismatch`), and a chain whose last
 * rows were removed is shorter than one (`shorter_than_published`) — neither of which the chain alone shows.
 */
export async function verifyAuditChain(db: Database, chain: string): Promise<AuditChainVerification> {
	let expectedSequence = 1;
	let prevHash = GENESIS_HASH;
	const heads = new Map((await listAuditHeads(db, chain)).map((head) => [head.length, head.hash]));
	const longestPublished = Math.max(0, ...heads.keys());
	for (;;) {
		const page = await db
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.chain, chain), gt(auditEvents.sequence, expectedSequence - 1)))
			.orderBy(asc(auditEvents.sequence))
			.limit(PAGE_SIZE);
		for (const row of page) {
			const count = expectedSequence - 1;
			if (row.sequence !== expectedSequence) {
				return { ok: false, count, firstBrokenSequence: expectedSequence, reason: 'sequence_gap' };
			}
			if (row.prevHash !== prevHash) {
				return { ok: false, count, firstBrokenSequence: row.sequence, reason: 'prev_hash_mismatch' };
			}
			if (hashAuditEvent(row.prevHash, row) !== row.hash) {
				return { ok: false, count, firstBrokenSequence: row.sequence, reason: 'hash_mismatch' };
			}
			const published = heads.get(row.sequence);
			if (published !== undefined && published !== row.hash) {
				return { ok: false, count, firstBrokenSequence: row.sequence, reason: 'published_head_mismatch' };
			}
			prevHash = row.hash;
			expectedSequence += 1;
		}
		if (page.length < PAGE_SIZE) {
			const count = expectedSequence - 1;
			if (count < longestPublished) return { ok: false, count, firstBrokenSequence: expectedSequence, reason: 'shorter_than_published' };
			return { ok: true, count, headHash: prevHash };
		}
	}
}
