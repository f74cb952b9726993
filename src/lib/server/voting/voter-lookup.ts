import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/database';
import { hashCode } from './hash-code';
import { letterCodeBatches, letterCodes, registerEntries } from './voting.table';

type CycleRef = { id: string; placeId: string };

/** The register entry with this reference in the cycle ("a-001" finds "A-001"), or null. */
export async function findRegisterEntry(db: Database, cycle: CycleRef, reference: string) {
	const key = reference.trim().toUpperCase();
	if (!key) return null;
	const [entry] = await db
		.select({ id: registerEntries.id, postcode: registerEntries.postcode })
		.from(registerEntries)
		.where(and(eq(registerEntries.placeId, cycle.placeId), eq(registerEntries.cycleId, cycle.id), eq(registerEntries.referenceKey, key)))
		.limit(1);
	return entry ?? null;
}

/** Whether the cycle has a voter register at all (then every channel names voters by it). */
export async function hasRegister(db: Database, cycle: CycleRef): Promise<boolean> {
	const [row] = await db
		.select({ id: registerEntries.id })
		.from(registerEntries)
		.where(and(eq(registerEntries.placeId, cycle.placeId), eq(registerEntries.cycleId, cycle.id)))
		.limit(1);
	return Boolean(row);
}

/**
 * The letter code with this text, if it belongs to the cycle and its batch has not been revoked.
 * A code of another cycle or place answers null, exactly like a code that does not exist.
 */
export async function findLetterCode(db: Database, cycle: CycleRef, code: string): Promise<{ id: string } | null> {
	if (!code.trim()) return null;
	const [row] = await db
		.select({ id: letterCodes.id })
		.from(letterCodes)
		.innerJoin(letterCodeBatches, and(eq(letterCodeBatches.id, letterCodes.batchId), eq(letterCodeBatches.placeId, letterCodes.placeId)))
		.where(and(eq(letterCodes.codeHash, hashCode(code)), eq(letterCodes.placeId, cycle.placeId), eq(letterCodes.cycleId, cycle.id), isNull(letterCodeBatches.revokedAt)))
		.limit(1);
	return row ?? null;
}
