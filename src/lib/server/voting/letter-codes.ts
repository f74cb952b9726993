import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { PUBLIC_CYCLE_STATUSES } from '../../cycles/phase-kinds';
import { recordAuditEvent } from '../audit/record-audit-event';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { hashCode, normalizeCode } from './hash-code';
import { letterCodeBatches, letterCodes, participations } from './voting.table';

type Deps = { db: Database; now: Date };
type CycleRef = { id: string; placeId: string };
type Staff = { userId: string; actorLabel?: string | null };

/**
 * 32 symbols without 0/O and 1/I, so a code read off a letter cannot be mistyped into another
 * valid-looking one. 12 of them carry 60 random bits: even with every code of a big roll-out live,
 * guessing one takes ~10^13 tries, and the short URL is rate-limited far below that.
 */
export const LETTER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_SHAPE = /^[A-HJ-NP-Z2-9]{12}$/;
export const MAX_LETTER_CODES = 5000;
export const MAX_BATCH_LABEL = 80;
/** Rows per INSERT: 5000 codes go in 5 statements, far under Postgres's 65,535 parameters each. */
const INSERT_CHUNK = 1000;

/** A fresh code shown as ABCD-EFGH-JKLM. 256 is a multiple of 32, so `byte & 31` is uniform. */
export function newLetterCode(): string {
	const symbols = Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => LETTER_CODE_ALPHABET[byte & 31]).join('');
	return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}

/** Whether typed text could be a letter code at all ("abcd efgh jklm" can; "hello" cannot). */
export function isLetterCodeShape(text: string): boolean {
	return CODE_SHAPE.test(normalizeCode(text));
}

/**
 * Makes a batch of single-use codes for one cycle's letters and returns them — the only time they
 * exist in clear: the database keeps their hashes. Batch, codes and audit row commit together.
 */
export async function generateLetterCodes(
	{ db, now }: Deps,
	input: { placeId: string; cycleId: string; label: string; count: number } & Staff
): Promise<{ batchId: string; codes: string[] }> {
	const label = input.label.trim();
	if (!label || label.length > MAX_BATCH_LABEL) throw new RangeError('a batch needs a label of 1 to 80 characters');
	if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_LETTER_CODES) throw new RangeError('a batch holds 1 to 5000 codes');
	// A Set, so two equal draws (odds ~10^-11 at 5000) cannot fail the batch on the unique hash.
	const codes = new Set<string>();
	while (codes.size < input.count) codes.add(newLetterCode());
	return db.transaction(async (tx) => {
		const [batch] = await tx
			.insert(letterCodeBatches)
			.values({ placeId: input.placeId, cycleId: input.cycleId, label, codeCount: input.count, createdByUserId: input.userId, createdAt: now })
			.returning({ id: letterCodeBatches.id });
		const rows = [...codes].map((code) => ({ placeId: input.placeId, cycleId: input.cycleId, batchId: batch.id, codeHash: hashCode(code) }));
		for (let i = 0; i < rows.length; i += INSERT_CHUNK) await tx.insert(letterCodes).values(rows.slice(i, i + INSERT_CHUNK));
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: input.userId,
			actorLabel: input.actorLabel ?? null,
			action: 'letter_codes.generated',
			subjectType: 'letter_code_batch',
			subjectId: batch.id,
			details: { cycleId: input.cycleId, label, count: input.count },
			occurredAt: now
		});
		return { batchId: batch.id, codes: [...codes] };
	});
}

export interface LetterCodeBatch {
	id: string;
	label: string;
	codeCount: number;
	createdAt: Date;
	revokedAt: Date | null;
	/** How many of its codes have voted (in any pot): a count, never which. */
	voted: number;
}

/** A cycle's batches, newest first, each with how many of its codes have been used to vote. */
export async function listLetterCodeBatches(db: Database, cycle: CycleRef): Promise<LetterCodeBatch[]> {
	const voted = db
		.select({ batchId: letterCodes.batchId, voted: sql<number>`count(distinct ${participations.voterKey})::int`.as('voted') })
		.from(letterCodes)
		.innerJoin(
			participations,
			and(eq(participations.placeId, letterCodes.placeId), eq(participations.cycleId, letterCodes.cycleId), eq(participations.voterKey, sql`'code:' || ${letterCodes.id}`))
		)
		.where(and(eq(letterCodes.placeId, cycle.placeId), eq(letterCodes.cycleId, cycle.id)))
		.groupBy(letterCodes.batchId)
		.as('voted_by_batch');
	return db
		.select({
			id: letterCodeBatches.id,
			label: letterCodeBatches.label,
			codeCount: letterCodeBatches.codeCount,
			createdAt: letterCodeBatches.createdAt,
			revokedAt: letterCodeBatches.revokedAt,
			voted: sql<number>`coalesce(${voted.voted}, 0)::int`
		})
		.from(letterCodeBatches)
		.leftJoin(voted, eq(voted.batchId, letterCodeBatches.id))
		.where(and(eq(letterCodeBatches.placeId, cycle.placeId), eq(letterCodeBatches.cycleId, cycle.id)))
		.orderBy(desc(letterCodeBatches.createdAt), desc(letterCodeBatches.id));
}

/**
 * Stops a batch's unused codes from working (a lost or stolen pile of letters). Votes already cast
 * with its codes stay counted: they were cast by people holding real letters.
 */
export async function revokeLetterCodeBatch(
	{ db, now }: Deps,
	input: { placeId: string; cycleId: string; batchId: string } & Staff
): Promise<{ ok: true } | { ok: false; error: 'letter_codes_batch_unknown' }> {
	return db.transaction(async (tx) => {
		const [batch] = await tx
			.update(letterCodeBatches)
			.set({ revokedAt: now })
			.where(
				and(
					eq(letterCodeBatches.id, input.batchId),
					eq(letterCodeBatches.placeId, input.placeId),
					eq(letterCodeBatches.cycleId, input.cycleId),
					isNull(letterCodeBatches.revokedAt)
				)
			)
			.returning({ id: letterCodeBatches.id, label: letterCodeBatches.label });
		if (!batch) return { ok: false, error: 'letter_codes_batch_unknown' } as const;
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: input.userId,
			actorLabel: input.actorLabel ?? null,
			action: 'letter_codes.revoked',
			subjectType: 'letter_code_batch',
			subjectId: batch.id,
			details: { cycleId: input.cycleId, label: batch.label },
			occurredAt: now
		});
		return { ok: true } as const;
	});
}

/**
 * Where a letter code votes: its place's and cycle's slugs, for the short URL that has only the
 * code. A revoked, unknown or malformed code — or one of a cycle not (or no longer) public — is null.
 */
export async function findLetterCodeCycle(db: Database, code: string): Promise<{ placeSlug: string; cycleSlug: string } | null> {
	if (!isLetterCodeShape(code)) return null;
	const [row] = await db
		.select({ placeSlug: places.slug, cycleSlug: cycles.slug })
		.from(letterCodes)
		.innerJoin(letterCodeBatches, and(eq(letterCodeBatches.id, letterCodes.batchId), eq(letterCodeBatches.placeId, letterCodes.placeId)))
		.innerJoin(cycles, and(eq(cycles.id, letterCodes.cycleId), eq(cycles.placeId, letterCodes.placeId)))
		.innerJoin(places, eq(places.id, letterCodes.placeId))
		.where(and(eq(letterCodes.codeHash, hashCode(code)), isNull(letterCodeBatches.revokedAt), inArray(cycles.status, [...PUBLIC_CYCLE_STATUSES])))
		.limit(1);
	return row ?? null;
}
