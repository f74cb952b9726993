import { and, count, desc, eq, sql } from 'drizzle-orm';
import { readVoterRegister, type RegisterEntry, type RegisterRead } from '../../eligibility/read-voter-register';
import { auditEvents } from '../audit/audit.table';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { registerEntries } from './voting.table';

type Deps = { db: Database; now: Date };
type CycleRef = { id: string; placeId: string };

/**
 * The largest register file taken: 200,000 rows (what readVoterRegister reads at most) of a
 * reference, a postcode and a name fit in well under this. BODY_SIZE_LIMIT (README) is above it.
 */
export const REGISTER_MAX_BYTES = 8 * 1024 * 1024;
export const REGISTER_MAX_MEGABYTES = REGISTER_MAX_BYTES / (1024 * 1024);

/** Why a whole file was not read: nothing of it is imported. */
export type RegisterFileRefusal = 'file_missing' | 'too_large' | 'not_text' | Extract<RegisterRead, { ok: false }>['code'];

export type RegisterFileRead = Extract<RegisterRead, { ok: true }> | { ok: false; code: RegisterFileRefusal; line?: number };

/**
 * Reads an uploaded register file. A picture, a spreadsheet's binary file or anything with NUL bytes
 * is not text and is refused whole. Text that is not UTF-8 is read as Windows-1252, which is what
 * Excel on Windows saves "CSV" as, so names with accents survive instead of the file being refused.
 */
export async function readRegisterFile(file: File | undefined): Promise<RegisterFileRead> {
	if (!file || (file.size === 0 && file.name === '')) return { ok: false, code: 'file_missing' };
	if (file.size > REGISTER_MAX_BYTES) return { ok: false, code: 'too_large' };
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (bytes.includes(0)) return { ok: false, code: 'not_text' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		text = new TextDecoder('windows-1252').decode(bytes);
	}
	// Control characters other than tabs and line ends do not belong in a CSV a person wrote.
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	if (/[\u0001-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return { ok: false, code: 'not_text' };
	return readVoterRegister(text);
}

export type RegisterImport = { added: number; updated: number; unchanged: number };

/**
 * Adds the good rows of a register file to the cycle's register: a new reference is added, a known
 * one ("a-001" is "A-001") gets the postcode and name from the file. Nothing is ever deleted — someone
 * who has already voted stays on the register, whatever a later file says. A row without a name keeps
 * the name already on file, so a later file without the name column does not wipe them. All or
 * nothing, in one transaction, and recorded by counts only: never a reference or a name.
 */
export async function importVoterRegister(
	{ db, now }: Deps,
	input: { cycle: CycleRef; entries: RegisterEntry[]; userId: string; actorLabel?: string; rowsRefused?: number }
): Promise<RegisterImport> {
	const { cycle } = input;
	return db.transaction(async (tx) => {
		let added = 0;
		let updated = 0;
		// 1,000 rows a statement stays far below Postgres's limit on parameters.
		for (let start = 0; start < input.entries.length; start += 1000) {
			const rows = input.entries.slice(start, start + 1000).map((entry) => ({
				placeId: cycle.placeId,
				cycleId: cycle.id,
				reference: entry.reference,
				referenceKey: entry.reference.toUpperCase(),
				postcode: entry.postcode,
				name: entry.name,
				createdAt: now
			}));
			const written = await tx
				.insert(registerEntries)
				.values(rows)
				.onConflictDoUpdate({
					target: [registerEntries.cycleId, registerEntries.referenceKey],
					set: { postcode: sql`excluded.postcode`, name: sql`coalesce(excluded.name, ${registerEntries.name})` },
					// Only rows that truly change are written (and counted as updated).
					setWhere: sql`${registerEntries.postcode} is distinct from excluded.postcode or (excluded.name is not null and ${registerEntries.name} is distinct from excluded.name)`
				})
				// xmax is 0 on a row this statement inserted, and set on one it updated.
				.returning({ inserted: sql<boolean>`(xmax = 0)` });
			for (const row of written) if (row.inserted) added++; else updated++;
		}
		const result = { added, updated, unchanged: input.entries.length - added - updated };
		await recordAuditEvent(tx, {
			placeId: cycle.placeId,
			actorUserId: input.userId,
			actorLabel: input.actorLabel ?? null,
			action: 'register.imported',
			subjectType: 'cycle',
			subjectId: cycle.id,
			details: { cycleId: cycle.id, ...result, rowsRefused: input.rowsRefused ?? 0 },
			occurredAt: now
		});
		return result;
	});
}

export type RegisterReport =
	| ({ ok: true; problems: Extract<RegisterRead, { ok: true }>['problems'] } & RegisterImport)
	| { ok: false; code: RegisterFileRefusal; line?: number };

/**
 * An uploaded file, start to end: an unreadable file imports nothing and says why; otherwise the
 * good rows are imported even when some rows are bad, and the report names each bad row by line.
 */
export async function importRegisterFile(deps: Deps, input: { cycle: CycleRef; file: File | undefined; userId: string; actorLabel?: string }): Promise<RegisterReport> {
	const read = await readRegisterFile(input.file);
	if (!read.ok) return read;
	const counts = await importVoterRegister(deps, { cycle: input.cycle, entries: read.entries, userId: input.userId, actorLabel: input.actorLabel, rowsRefused: read.problems.length });
	return { ok: true, ...counts, problems: read.problems };
}

/** How many people are on the cycle's register, and the last import (when, by whom, what it did). */
export async function loadRegisterSummary(db: Database, cycle: CycleRef) {
	const [[{ size }], [last]] = await Promise.all([
		db.select({ size: count() }).from(registerEntries).where(and(eq(registerEntries.placeId, cycle.placeId), eq(registerEntries.cycleId, cycle.id))),
		db
			.select({ at: auditEvents.occurredAt, by: auditEvents.actorLabel, details: auditEvents.details })
			.from(auditEvents)
			.where(and(eq(auditEvents.placeId, cycle.placeId), eq(auditEvents.action, 'register.imported'), eq(auditEvents.subjectId, cycle.id)))
			.orderBy(desc(auditEvents.sequence))
			.limit(1)
	]);
	const details = (last?.details ?? {}) as Partial<Record<'added' | 'updated' | 'rowsRefused', number>>;
	return {
		size,
		lastImport: last ? { at: last.at, by: last.by, added: details.added ?? 0, updated: details.updated ?? 0, rowsRefused: details.rowsRefused ?? 0 } : null
	};
}

/** One entry, to check a single person: the page never lists the whole register (it holds names). */
export async function checkRegisterEntry(db: Database, cycle: CycleRef, reference: string) {
	const key = reference.trim().toUpperCase();
	if (!key) return null;
	const [entry] = await db
		.select({ reference: registerEntries.reference, postcode: registerEntries.postcode, name: registerEntries.name })
		.from(registerEntries)
		.where(and(eq(registerEntries.placeId, cycle.placeId), eq(registerEntries.cycleId, cycle.id), eq(registerEntries.referenceKey, key)))
		.limit(1);
	return entry ?? null;
}
