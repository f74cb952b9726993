import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckedBallot } from '../../ballots/validate-ballot';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { openSecondConnection } from '../testing/second-connection';
import { castBallot } from './cast-ballot';
import { discardPaperEntry, enterPaperBallot, normalizeSerial } from './paper-ballots';
import { listAwaitingPaperEntries } from './voting.queries';
import { hashCode } from './hash-code';
import { ballots, letterCodeBatches, letterCodes, paperEntries, participations, registerEntries } from './voting.table';
import { insertPlace } from '../testing/places';

const now = new Date('2026-06-10T14:37:12.345Z');
const bench = '00000000-0000-4000-8000-0000000000b1';
const mural = '00000000-0000-4000-8000-0000000000b2';

describe.each(testDatabases())('paper ballots entered twice on $name', ({ name, open }) => {
	let handle: DatabaseHandle;
	let cycle: { id: string; placeId: string };
	let ana: { userId: string; email: string };
	let bryn: { userId: string; email: string };
	let nextReference = 0;

	/** A new person on the register; returns the reference staff would type. */
	async function registerVoter(): Promise<string> {
		const reference = `T-${++nextReference}`;
		await handle.db.insert(registerEntries).values({ placeId: cycle.placeId, cycleId: cycle.id, reference, referenceKey: reference, postcode: 'CF10 1AA' });
		return reference;
	}
	const enter = (staff: typeof ana, serial: string, voterReference: string, ballot: CheckedBallot = { choices: [bench] }, db = handle.db) =>
		enterPaperBallot({ db, now }, { cycle, potId: null, serial, voterReference, ballotType: 'approval', ballot, staff });
	const count = async () => ({
		ballots: (await handle.db.select().from(ballots).where(eq(ballots.cycleId, cycle.id))).length,
		participations: (await handle.db.select().from(participations).where(eq(participations.cycleId, cycle.id))).length,
		entries: (await handle.db.select().from(paperEntries).where(eq(paperEntries.cycleId, cycle.id))).length
	});
	const entryOf = async (serial: string) => (await handle.db.select().from(paperEntries).where(and(eq(paperEntries.cycleId, cycle.id), eq(paperEntries.serial, serial))))[0];

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'p' });
		[cycle] = await db.insert(cycles).values({ placeId: place.id, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning({ id: cycles.id, placeId: cycles.placeId });
		const [a, b] = await db
			.insert(users)
			.values([
				{ email: 'ana@example.org', displayName: 'Ana' },
				{ email: 'bryn@example.org', displayName: null }
			])
			.returning({ userId: users.id, email: users.email });
		ana = a;
		bryn = b;
	});
	afterAll(() => handle.close());

	it('reads serial numbers as written, whatever the spaces and case, and refuses anything else', () => {
		expect(normalizeSerial(' 0042 ')).toBe('0042');
		expect(normalizeSerial('st-e-7a')).toBe('ST-E-7A');
		expect(normalizeSerial('')).toBeNull();
		expect(normalizeSerial('12 34')).toBeNull();
		expect(normalizeSerial('X'.repeat(21))).toBeNull();
	});

	it('a first entry records that the voter voted and waits for a check, with no ballot yet', async () => {
		const before = await count();
		expect(await enter(ana, '0001', await registerVoter())).toEqual({ ok: true, stage: 'awaiting_check' });
		expect(await count()).toEqual({ ballots: before.ballots, participations: before.participations + 1, entries: before.entries + 1 });
		const entry = await entryOf('0001');
		expect(entry).toMatchObject({ state: 'awaiting_check', choices: { choices: [bench] }, enteredByUserId: ana.userId, checkedByUserId: null });
		expect(entry.enteredHour.toISOString()).toBe('2026-06-10T14:00:00.000Z');
	});

	it('a matching second entry by someone else counts exactly one ballot and clears the entry’s choices', async () => {
		await enter(ana, '0002', await registerVoter(), { choices: [bench, mural] });
		const before = await count();
		expect(await enter(bryn, '0002', '', { choices: [mural, bench] })).toEqual({ ok: true, stage: 'counted' });
		expect(await count()).toEqual({ ...before, ballots: before.ballots + 1 });
		expect(await entryOf('0002')).toMatchObject({ state: 'counted', choices: null, checkedByUserId: bryn.userId });
		const [ballot] = await handle.db.select().from(ballots).where(and(eq(ballots.cycleId, cycle.id), eq(ballots.channel, 'paper')));
		expect([...ballot.choices.choices].sort()).toEqual([bench, mural]);
		expect(ballot.castHour.toISOString()).toBe('2026-06-10T14:00:00.000Z');
		// A third entry of a counted paper changes nothing.
		expect(await enter(ana, '0002', '')).toEqual({ ok: false, error: 'already_counted' });
		expect(await count()).toEqual({ ...before, ballots: before.ballots + 1 });
	});

	it('refuses a check by the person who made the first entry', async () => {
		await enter(ana, '0003', await registerVoter());
		const before = await count();
		expect(await enter(ana, '0003', '')).toEqual({ ok: false, error: 'same_person' });
		expect(await count()).toEqual(before);
		expect((await entryOf('0003')).state).toBe('awaiting_check');
	});

	it('refuses a check that differs from the first entry and writes nothing', async () => {
		await enter(ana, '0004', await registerVoter(), { choices: [bench] });
		const before = await count();
		expect(await enter(bryn, '0004', '', { choices: [mural] })).toEqual({ ok: false, error: 'entries_differ' });
		expect(await enter(bryn, '0004', '', { choices: [bench, mural] })).toEqual({ ok: false, error: 'entries_differ' });
		expect(await count()).toEqual(before);
		expect(await entryOf('0004')).toMatchObject({ state: 'awaiting_check', choices: { choices: [bench] }, checkedByUserId: null });
	});

	it('tells staff that someone who voted online has already voted, and writes nothing', async () => {
		const reference = await registerVoter();
		const [entry] = await handle.db.select({ id: registerEntries.id }).from(registerEntries).where(and(eq(registerEntries.cycleId, cycle.id), eq(registerEntries.referenceKey, reference)));
		expect((await castBallot({ db: handle.db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: null, voter: { kind: 'register', entryId: entry.id }, channel: 'online', ballot: { choices: [bench] } })).ok).toBe(true);
		const before = await count();
		expect(await enter(ana, '0005', reference.toLowerCase())).toEqual({ ok: false, error: 'already_voted' });
		expect(await count()).toEqual(before);
		// The serial is free again for the paper's real voter, if the reference was a typing mistake.
		expect(await enter(ana, '0005', await registerVoter())).toEqual({ ok: true, stage: 'awaiting_check' });
	});

	it('takes a letter code as the voter, and refuses a reference that is neither on the register nor a code', async () => {
		const [batch] = await handle.db.insert(letterCodeBatches).values({ placeId: cycle.placeId, cycleId: cycle.id, label: 'Tower 3', codeCount: 1 }).returning();
		await handle.db.insert(letterCodes).values({ placeId: cycle.placeId, cycleId: cycle.id, batchId: batch.id, codeHash: hashCode('ABCD-EFGH-JKLM') });
		expect(await enter(ana, '0006', 'abcd efgh jklm')).toEqual({ ok: true, stage: 'awaiting_check' });
		expect(await enter(ana, '0007', 'ABCD-EFGH-JKLM')).toEqual({ ok: false, error: 'already_voted' });
		const before = await count();
		expect(await enter(ana, '0008', 'NOBODY-1')).toEqual({ ok: false, error: 'voter_not_found' });
		expect(await enter(ana, '0008', '')).toEqual({ ok: false, error: 'voter_not_found' });
		expect(await enter(ana, '00 08', await registerVoter())).toEqual({ ok: false, error: 'serial_invalid' });
		expect(await count()).toEqual(before);
	});

	it('makes one first entry when two people enter a new serial at the same moment', async () => {
		const before = await count();
		const [first, second] = [await registerVoter(), await registerVoter()];
		const results = await Promise.all([enter(ana, '0009', first), enter(bryn, '0009', second)]);
		expect(results.map((r) => (r.ok ? r.stage : r.error)).sort()).toEqual(['awaiting_check', 'counted']);
		expect(await count()).toEqual({ ballots: before.ballots + 1, participations: before.participations + 1, entries: before.entries + 1 });
	});

	it('makes one first entry when the same person sends one paper ten times at once', async () => {
		const before = await count();
		const reference = await registerVoter();
		const results = await Promise.all(Array.from({ length: 10 }, () => enter(ana, '0010', reference)));
		expect(results.filter((r) => r.ok)).toEqual([{ ok: true, stage: 'awaiting_check' }]);
		expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error))).toEqual(Array(9).fill('same_person'));
		expect(await count()).toEqual({ ballots: before.ballots, participations: before.participations + 1, entries: before.entries + 1 });
	});

	it.skipIf(name !== 'postgres')('makes one first entry when two app processes take the same new serial at once', async () => {
		const second = await openSecondConnection(handle.db, process.env.DATABASE_URL!);
		try {
			const before = await count();
			const references = await Promise.all([registerVoter(), registerVoter()]);
			const results = await Promise.all([enter(ana, '0011', references[0]), enter(bryn, '0011', references[1], undefined, second.db)]);
			expect(results.map((r) => (r.ok ? r.stage : r.error)).sort()).toEqual(['awaiting_check', 'counted']);
			expect(await count()).toEqual({ ballots: before.ballots + 1, participations: before.participations + 1, entries: before.entries + 1 });
		} finally {
			await second.close();
		}
	});

	it('lists papers awaiting a check with who and when, never their choices', async () => {
		const awaiting = await listAwaitingPaperEntries(handle.db, cycle);
		expect(awaiting.map((e) => e.serial)).toContain('0001');
		expect(awaiting.map((e) => e.serial)).not.toContain('0002');
		expect(awaiting.find((e) => e.serial === '0001')).toEqual({ id: expect.any(String), serial: '0001', potId: null, potName: null, enteredBy: 'Ana', enteredHour: new Date('2026-06-10T14:00:00Z') });
		expect(JSON.stringify(awaiting)).not.toContain(bench);
	});

	it('lets the lead discard a wrong first entry with a reason; the paper is typed in again without a new participation', async () => {
		await enter(bryn, '0012', await registerVoter(), { choices: [mural] });
		const entry = await entryOf('0012');
		expect(await discardPaperEntry({ db: handle.db, now }, ana, { cycle, entryId: entry.id, reason: '  ' })).toEqual({ ok: false, error: 'paper_reason_missing' });
		expect(await discardPaperEntry({ db: handle.db, now }, ana, { cycle, entryId: entry.id, reason: 'Bryn ticked the mural; the paper says bench.' })).toEqual({ ok: true, serial: '0012' });
		expect(await entryOf('0012')).toMatchObject({ state: 'discarded', choices: null });
		const [event] = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'paper.discarded'), eq(auditEvents.subjectId, entry.id)));
		expect(event.details).toMatchObject({ serial: '0012', reason: 'Bryn ticked the mural; the paper says bench.' });
		expect(await discardPaperEntry({ db: handle.db, now }, ana, { cycle, entryId: entry.id, reason: 'again' })).toEqual({ ok: false, error: 'paper_not_awaiting' });
		expect(await discardPaperEntry({ db: handle.db, now }, ana, { cycle, entryId: randomUUID(), reason: 'x' })).toEqual({ ok: false, error: 'paper_entry_unknown' });

		const before = await count();
		expect(await enter(ana, '0012', '')).toEqual({ ok: true, stage: 'awaiting_check' });
		expect(await count()).toEqual(before);
		expect(await enter(bryn, '0012', '')).toEqual({ ok: true, stage: 'counted' });
		expect(await count()).toEqual({ ...before, ballots: before.ballots + 1 });
	});
});
