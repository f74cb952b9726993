import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { findPublishedCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import { testDatabases } from '../testing/databases';
import { insertPlace } from '../testing/places';
import { insertVotingCycle } from '../testing/voting';
import { generateLetterCodes, listLetterCodeBatches, revokeLetterCodeBatch } from './letter-codes';
import { enterPaperForm } from './paper-entry';
import { submitBallot } from './submit-ballot';
import { findLetterCode } from './voting.queries';
import { ballots, participations, registerEntries } from './voting.table';

const now = new Date('2026-06-10T12:00:00Z');

/**
 * With a voter register, letters are printed from it: each code is one person on the register, so a
 * person with a letter who also votes online with their reference, or on paper, is one voter.
 */
describe.each(testDatabases())('letters printed from the voter register, on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let cycle: CycleWithPhases;
	let garden: string;
	let staff: { userId: string; email: string };
	const ctx = () => ({ db: handle.db, now });

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'tower-hill' });
		const c = await insertVotingCycle(db, place.id, { slug: 'c', settings: { ballotType: 'approval' }, moneyMinor: 100_000 });
		[{ id: garden }] = await db
			.insert(proposals)
			.values({ placeId: place.id, cycleId: c.id, summary: 's', status: 'feasible', reviewReason: 'ok', number: 1, title: 'Garden', estimatedCostMinor: 50_000 })
			.returning({ id: proposals.id });
		await db.insert(registerEntries).values(
			['A-01', 'A-02', 'A-03', 'A-04', 'A-05', 'A-06'].map((reference, i) => ({
				placeId: place.id,
				cycleId: c.id,
				reference,
				referenceKey: reference,
				postcode: 'CF10 1AA',
				name: i === 0 ? 'Ana Jones' : null
			}))
		);
		const [lead] = await db.insert(users).values({ email: `lead-${randomUUID()}@example.org` }).returning();
		staff = { userId: lead.id, email: lead.email };
		cycle = (await findPublishedCycle(db, place.id, 'c'))!;
	});
	afterAll(() => handle.close());

	const makeBatch = (label: string) =>
		generateLetterCodes(ctx(), { placeId: cycle.placeId, cycleId: cycle.id, label, count: 2, userId: staff.userId, actorLabel: staff.email });
	/** The letter printed for a reference, from a batch's codes and addressees. */
	let letters: Map<string, string>;
	const letterOf = (reference: string) => letters.get(reference)!;
	const keyOf = async (reference: string) =>
		`register:${(await handle.db.select({ id: registerEntries.id }).from(registerEntries).where(and(eq(registerEntries.cycleId, cycle.id), eq(registerEntries.referenceKey, reference))))[0].id}`;
	const votesOf = (keys: string[]) => handle.db.$count(participations, and(eq(participations.cycleId, cycle.id), inArray(participations.voterKey, keys)));
	const withLetter = async (reference: string) => {
		const code = await findLetterCode(handle.db, cycle, letterOf(reference));
		return submitBallot(ctx(), { kind: 'code', letterCodeId: code!.id }, cycle, [['choice', garden]]);
	};
	const newResident = async () => (await handle.db.insert(users).values({ email: `resident-${randomUUID()}@example.org` }).returning())[0].id;
	const online = async (userId: string, reference: string) =>
		submitBallot(ctx(), { kind: 'user', userId }, cycle, [['choice', garden], ['reference', reference], ['postcode', 'CF10 1AA']]);
	const onPaper = (reference: string, serial: string) => enterPaperForm(ctx(), { cycle, staff, form: [['serial', serial], ['voterReference', reference], ['choice', garden]] });

	it('prints one letter for each person on the register, whatever count was asked, saying who it is for', async () => {
		const made = await makeBatch('Everyone');
		if (!made.ok) throw new Error(made.error);
		expect(made.codes).toHaveLength(6);
		expect(made.addressees?.map((a) => a.reference)).toEqual(['A-01', 'A-02', 'A-03', 'A-04', 'A-05', 'A-06']);
		expect(made.addressees?.[0]).toMatchObject({ name: 'Ana Jones', postcode: 'CF10 1AA' });
		letters = new Map(made.addressees!.map((a, i) => [a.reference, made.codes[i]]));
		// Everyone has a letter now: another batch has nobody to print for.
		expect(await makeBatch('Again')).toEqual({ ok: false, error: 'letter_codes_register_all_sent' });
	});

	it('a letter, then the same person online with their reference: one vote', async () => {
		expect(await withLetter('A-01')).toMatchObject({ ok: true });
		expect(await online(await newResident(), 'A-01')).toMatchObject({ ok: false, status: 'already_voted' });
		expect(await votesOf([await keyOf('A-01')])).toBe(1);
	});

	it('online with the reference, then the letter: one vote', async () => {
		expect(await online(await newResident(), 'A-02')).toMatchObject({ ok: true });
		expect(await withLetter('A-02')).toMatchObject({ ok: false, status: 'already_voted' });
	});

	it('a paper ballot, then the letter; and a letter, then a paper ballot naming the letter’s code: one vote each', async () => {
		expect(await onPaper('A-03', '5001')).toMatchObject({ ok: true });
		expect(await withLetter('A-03')).toMatchObject({ ok: false, status: 'already_voted' });
		expect(await withLetter('A-04')).toMatchObject({ ok: true });
		expect(await onPaper(letterOf('A-04'), '5002')).toMatchObject({ ok: false, errors: { voterReference: 'already_voted' } });
		expect(await votesOf([await keyOf('A-03'), await keyOf('A-04')])).toBe(2);
	});

	it('the letter and the reference online at the same moment: exactly one ballot', async () => {
		const before = await handle.db.$count(ballots, eq(ballots.cycleId, cycle.id));
		const outcomes = await Promise.all([withLetter('A-05'), online(await newResident(), 'A-05')]);
		expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
		expect(await handle.db.$count(ballots, eq(ballots.cycleId, cycle.id))).toBe(before + 1);
	});

	it('counts a batch’s letters that voted as letters, not its people’s votes on other channels', async () => {
		const [batch] = await listLetterCodeBatches(handle.db, cycle);
		// A-01, A-04 and one of A-05's voted with their letters; A-02 and A-03 voted online and on paper.
		expect(batch.voted).toBeGreaterThanOrEqual(2);
		expect(batch.voted).toBeLessThanOrEqual(3);
	});

	it('after a batch is revoked, the next one prints letters again for its people', async () => {
		const [batch] = await listLetterCodeBatches(handle.db, cycle);
		expect(await revokeLetterCodeBatch(ctx(), { placeId: cycle.placeId, cycleId: cycle.id, batchId: batch.id, userId: staff.userId })).toEqual({ ok: true });
		const again = await makeBatch('Reprint');
		if (!again.ok) throw new Error(again.error);
		expect(again.codes).toHaveLength(6);
		// A reprinted letter is still its person: A-01 has voted.
		letters = new Map(again.addressees!.map((a, i) => [a.reference, again.codes[i]]));
		expect(await withLetter('A-01')).toMatchObject({ ok: false, status: 'already_voted' });
		expect(await withLetter('A-06')).toMatchObject({ ok: true });
	});
});
