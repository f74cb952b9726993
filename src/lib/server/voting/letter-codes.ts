import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { PUBLIC_CYCLE_STATUSES } from '../../cycles/phase-kinds';
import { recordAuditEvent } from '../audit/record-audit-event';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { hashCode, normalizeCode } from './hash-code';
import { hasRegister } from './voting.queries';
import { letterCodeBatches, letterCodes, participations, registerEntries } from './voting.table';

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

/** Who a letter printed from the voter register is for: the card says it, so it can be addressed. */
export interface LetterAddressee {
	reference: string;
	name: string | null;
	postcode: string;
}

export type GeneratedLetterCodes =
	| { ok: true; batchId: string; codes: string[]; /** By index, when printed from the register. */ addressees: LetterAddressee[] | null }
	| { ok: false; error: 'letter_codes_register_all_sent' };

/**
 * Makes a batch of single-use codes for one cycle's letters and returns them — the only time they
 * exist in clear: the database keeps their hashes. Batch, codes and audit row commit together.
 * When the cycle has a voter register, the letters are printed from it: one code for each person on
 * it who has no code in a batch still in use (the count asked for is not used), each code tied to
 * its entry, so it votes as that person on every channel. Otherwise `count` codes stand for nobody
 * in particular.
 */
export async function generateLetterCodes(
	{ db, now }: Deps,
	input: { placeId: string; cycleId: string; label: string; count: number | null } & Staff
): Promise<GeneratedLetterCodes> {
	const label = input.label.trim();
	if (!label || label.length > MAX_BATCH_LABEL) throw new RangeError('a batch needs a label of 1 to 80 characters');
	return db.transaction(async (tx): Promise<GeneratedLetterCodes> => {
		const cycle = { id: input.cycleId, placeId: input.placeId };
		const register = await hasRegister(tx, cycle);
		const entries = register ? await listEntriesWithoutLetter(tx, cycle) : null;
		if (entries && entries.length === 0) return { ok: false, error: 'letter_codes_register_all_sent' };
		const count = entries ? entries.length : input.count;
		if (count === null || !Number.isInteger(count) || count < 1 || count > MAX_LETTER_CODES) throw new RangeError('a batch holds 1 to 5000 codes');
		// A Set, so two equal draws (odds ~10^-11 at 5000) cannot fail the batch on the unique hash.
		const drawn = new Set<string>();
		while (drawn.size < count) drawn.add(newLetterCode());
		const codes = [...drawn];
		const [batch] = await tx
			.insert(letterCodeBatches)
			.values({ placeId: input.placeId, cycleId: input.cycleId, label, codeCount: count, createdByUserId: input.userId, createdAt: now })
			.returning({ id: letterCodeBatches.id });
		const rows = codes.map((code, i) => ({
			placeId: input.placeId,
			cycleId: input.cycleId,
			batchId: batch.id,
			codeHash: hashCode(code),
			registerEntryId: entries ? entries[i].id : null
		}));
		for (let i = 0; i < rows.length; i += INSERT_CHUNK) await tx.insert(letterCodes).values(rows.slice(i, i + INSERT_CHUNK));
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: input.userId,
			actorLabel: input.actorLabel ?? null,
			action: 'letter_codes.generated',
			subjectType: 'letter_code_batch',
			subjectId: batch.id,
			details: { cycleId: input.cycleId, label, count, fromRegister: register },
			occurredAt: now
		});
		return { ok: true, batchId: batch.id, codes, addressees: entries ? entries.map(({ reference, name, postcode }) => ({ reference, name, postcode })) : null };
	});
}

/** When the cycle has a voter register: how many people on it have no letter in a batch still in use. */
export async function countEntriesWithoutLetter(db: Database, cycle: CycleRef): Promise<number | null> {
	if (!(await hasRegister(db, cycle))) return null;
	return (await listEntriesWithoutLetter(db, cycle)).length;
}

/**
 * The register's people with no code in a batch still in use, in reference order (at most a batch's
 * worth): a revoked batch's letters are printed again; people added to the register since the last
 * batch get theirs.
 */
async function listEntriesWithoutLetter(db: Database, cycle: CycleRef) {
	return db
		.select({ id: registerEntries.id, reference: registerEntries.reference, name: registerEntries.name, postcode: registerEntries.postcode })
		.from(registerEntries)
		.where(
			and(
				eq(registerEntries.placeId, cycle.placeId),
				eq(registerEntries.cycleId, cycle.id),
				sql`not exists (select 1 from ${letterCodes} join ${letterCodeBatches} on ${letterCodeBatches.id} = ${letterCodes.batchId}
					where ${letterCodes.registerEntryId} = ${registerEntries.id} and ${letterCodeBatches.revokedAt} is null)`
			)
		)
		.orderBy(registerEntries.referenceKey)
		.limit(MAX_LETTER_CODES);
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
			and(
				eq(participations.placeId, letterCodes.placeId),
				eq(participations.cycleId, letterCodes.cycleId),
				// A code printed from the register votes as its entry: those of its entry's votes cast with a letter.
				or(
					eq(participations.voterKey, sql`'code:' || ${letterCodes.id}`),
					and(eq(participations.channel, 'letter_code'), eq(participations.voterKey, sql`'register:' || ${letterCodes.registerEntryId}`))
				)
			)
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
