import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { castBallot } from './cast-ballot';
import { hashCode } from './hash-code';
import { findLetterCodeCycle, generateLetterCodes, isLetterCodeShape, listLetterCodeBatches, revokeLetterCodeBatch } from './letter-codes';
import { findLetterCode } from './voting.queries';
import { letterCodes } from './voting.table';
import { insertPlace } from '../testing/places';

const now = new Date('2026-06-10T14:37:12.345Z');

describe.each(testDatabases())('letter codes on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let cycle: { id: string; placeId: string };
	let otherCycle: { id: string; placeId: string };
	let userId: string;
	const generate = async (count: number, label = 'Tower 3, March', into = cycle) => {
		const made = await generateLetterCodes({ db: handle.db, now }, { placeId: into.placeId, cycleId: into.id, label, count, userId, actorLabel: 'lead@example.org' });
		if (!made.ok) throw new Error(made.error);
		return made;
	};
	const vote = (letterCodeId: string) =>
		castBallot({ db: handle.db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: null, voter: { kind: 'code', letterCodeId }, channel: 'letter_code', ballot: { choices: [randomUUID()] } });

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'upper-hill', name: { en: 'Upper Hill' } });
		[cycle, otherCycle] = await db
			.insert(cycles)
			.values([
				{ placeId: place.id, slug: 'the-vote', title: { en: 'The vote' }, challenge: {}, status: 'active' },
				{ placeId: place.id, slug: 'next-year', title: { en: 'Next year' }, challenge: {}, status: 'active' }
			])
			.returning({ id: cycles.id, placeId: cycles.placeId });
		[{ id: userId }] = await db.insert(users).values({ email: 'lead@example.org' }).returning({ id: users.id });
	});
	afterAll(() => handle.close());

	it('gives out codes shown as ABCD-EFGH-JKLM and keeps only their hashes', async () => {
		const { batchId, codes } = await generate(20);
		expect(codes).toHaveLength(20);
		expect(new Set(codes).size).toBe(20);
		for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
		const stored = await handle.db.select({ codeHash: letterCodes.codeHash }).from(letterCodes).where(eq(letterCodes.batchId, batchId));
		expect(stored.map((row) => row.codeHash).sort()).toEqual(codes.map(hashCode).sort());
		expect(JSON.stringify(stored)).not.toContain(codes[0].replaceAll('-', ''));
	});

	it('lets a code vote in its own cycle, typed any way, and nowhere else', async () => {
		const { codes } = await generate(2);
		const typed = codes[0].toLowerCase().replaceAll('-', ' ');
		expect(await findLetterCode(handle.db, cycle, typed)).toEqual({ id: expect.any(String), registerEntryId: null });
		expect(await findLetterCode(handle.db, otherCycle, codes[0])).toBeNull();
		expect(await findLetterCodeCycle(handle.db, typed)).toEqual({ placeSlug: 'upper-hill', cycleSlug: 'the-vote' });
		expect(await findLetterCodeCycle(handle.db, 'ABCD-EFGH-JKLM')).toBeNull();
	});

	it('does not look up text that cannot be a code (O and I are never used, nor is a short code)', async () => {
		expect(isLetterCodeShape('abcd-efgh-jkl2')).toBe(true);
		expect(isLetterCodeShape('ABCD-EFGH-JKLO')).toBe(false);
		expect(isLetterCodeShape('ABCD-EFGH')).toBe(false);
		expect(await findLetterCodeCycle(handle.db, "'; drop table letter_codes; --")).toBeNull();
	});

	it('puts 5000 codes in one batch', async () => {
		const { batchId, codes } = await generate(5000, 'Whole estate');
		expect(new Set(codes).size).toBe(5000);
		const stored = await handle.db.select({ id: letterCodes.id }).from(letterCodes).where(eq(letterCodes.batchId, batchId));
		expect(stored).toHaveLength(5000);
	});

	it('refuses a batch with no label or of a size outside 1 to 5000, writing nothing', async () => {
		const before = (await listLetterCodeBatches(handle.db, cycle)).length;
		await expect(generate(5, '   ')).rejects.toThrow(RangeError);
		await expect(generate(0)).rejects.toThrow(RangeError);
		await expect(generate(5001)).rejects.toThrow(RangeError);
		await expect(generate(2.5)).rejects.toThrow(RangeError);
		expect(await listLetterCodeBatches(handle.db, cycle)).toHaveLength(before);
	});

	it('records each batch on the place’s audit trail without any code in it', async () => {
		const { batchId, codes } = await generate(3, '  Flats 1–20  ');
		const [event] = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'letter_codes.generated'), eq(auditEvents.subjectId, batchId)));
		expect(event).toMatchObject({ placeId: cycle.placeId, actorUserId: userId, details: { cycleId: cycle.id, label: 'Flats 1–20', count: 3 } });
		const trail = JSON.stringify(await handle.db.select().from(auditEvents));
		for (const code of codes) {
			expect(trail).not.toContain(code);
			expect(trail).not.toContain(hashCode(code));
		}
	});

	it('lists each batch with how many of its codes have voted, counting a code once however many pots it voted in', async () => {
		const { batchId, codes } = await generate(4, 'Counted');
		const ids = await Promise.all(codes.slice(0, 2).map(async (code) => (await findLetterCode(handle.db, cycle, code))!.id));
		for (const id of ids) expect((await vote(id)).ok).toBe(true);
		const batch = (await listLetterCodeBatches(handle.db, cycle)).find((b) => b.id === batchId);
		expect(batch).toMatchObject({ label: 'Counted', codeCount: 4, voted: 2, revokedAt: null, createdAt: now });
		expect(await listLetterCodeBatches(handle.db, otherCycle)).toEqual([]);
	});

	it('revokes a batch: its unused codes stop working, votes already cast stay, and it is audited once', async () => {
		const { batchId, codes } = await generate(2, 'Lost pile');
		const used = (await findLetterCode(handle.db, cycle, codes[0]))!;
		expect((await vote(used.id)).ok).toBe(true);
		const revoke = () => revokeLetterCodeBatch({ db: handle.db, now }, { placeId: cycle.placeId, cycleId: cycle.id, batchId, userId });
		expect(await revoke()).toEqual({ ok: true });
		expect(await findLetterCode(handle.db, cycle, codes[1])).toBeNull();
		expect(await findLetterCodeCycle(handle.db, codes[1])).toBeNull();
		const batch = (await listLetterCodeBatches(handle.db, cycle)).find((b) => b.id === batchId);
		expect(batch).toMatchObject({ revokedAt: now, voted: 1 });
		expect(await revoke()).toEqual({ ok: false, error: 'letter_codes_batch_unknown' });
		const events = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'letter_codes.revoked'), eq(auditEvents.subjectId, batchId)));
		expect(events).toHaveLength(1);
	});

	it('will not revoke another cycle’s batch through this cycle', async () => {
		const { batchId, codes } = await generate(1, 'Next year’s', otherCycle);
		expect(await revokeLetterCodeBatch({ db: handle.db, now }, { placeId: cycle.placeId, cycleId: cycle.id, batchId, userId })).toEqual({ ok: false, error: 'letter_codes_batch_unknown' });
		expect(await findLetterCode(handle.db, otherCycle, codes[0])).not.toBeNull();
	});
});
