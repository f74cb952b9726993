import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import { contributions } from '../budget/budget.table';
import { findPublishedCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import { cycles, phases } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { enterPaperForm } from './paper-entry';
import { submitBallot } from './submit-ballot';
import { ballots, participations, registerEntries } from './voting.table';

const now = new Date('2026-06-10T12:00:00Z');

describe.each(testDatabases())('one ballot check for every channel, on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let cycle: CycleWithPhases;
	let garden: string;
	let staff: { userId: string; email: string };
	const ctx = (at = now) => ({ db: handle.db, now: at });

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const [place] = await db.insert(places).values({ slug: 'p', name: { en: 'P' }, summary: {}, areaDescription: {}, teamDescription: {} }).returning();
		const [c] = await db.insert(cycles).values({ placeId: place.id, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning();
		await db.insert(phases).values({
			placeId: place.id,
			cycleId: c.id,
			kind: 'test',
			position: 1,
			opensAt: new Date('2026-06-01T00:00:00Z'),
			closesAt: new Date('2026-06-30T00:00:00Z'),
			settings: { ballotType: 'approval', postcodePrefixes: ['CF10'] }
		});
		await db.insert(contributions).values({ placeId: place.id, cycleId: c.id, funderName: 'Council', amountMinor: 100_000 });
		[{ id: garden }] = await db
			.insert(proposals)
			.values({ placeId: place.id, cycleId: c.id, summary: 's', status: 'feasible', reviewReason: 'ok', number: 1, title: 'Garden', estimatedCostMinor: 50_000 })
			.returning({ id: proposals.id });
		await db.insert(registerEntries).values({ placeId: place.id, cycleId: c.id, reference: 'R-7', referenceKey: 'R-7', postcode: 'CF10 1AA' });
		const [ana] = await db.insert(users).values({ email: `ana-${randomUUID()}@example.org`, displayName: 'Ana' }).returning();
		staff = { userId: ana.id, email: ana.email };
		cycle = (await findPublishedCycle(db, place.id, 'c'))!;
	});
	afterAll(() => handle.close());

	const onRegister = async () => handle.db.$count(participations, and(eq(participations.cycleId, cycle.id), eq(participations.voterKey, `register:${(await handle.db.select().from(registerEntries).where(eq(registerEntries.cycleId, cycle.id)))[0].id}`)));

	it('a register entry that voted online cannot vote again on paper: both channels name the same voter', async () => {
		const online = await submitBallot(ctx(), { kind: 'user', userId: await newResident() }, cycle, [['choice', garden], ['reference', 'r-7'], ['postcode', 'cf10 1aa']]);
		expect(online).toMatchObject({ ok: true, receiptCode: expect.any(String), potId: null });
		expect(await onRegister()).toBe(1);
		const paper = await enterPaperForm(ctx(), { cycle, staff, form: [['serial', '0001'], ['voterReference', 'R-7'], ['choice', garden]] });
		expect(paper).toMatchObject({ ok: false, errors: { voterReference: 'already_voted' }, conflict: true });
		expect(await onRegister()).toBe(1);
	});

	/** A real account (the cast records which register entry it is) and a register entry of its own. */
	const newResident = async () => (await handle.db.insert(users).values({ email: `resident-${randomUUID()}@example.org` }).returning())[0].id;
	const newEntry = async () => {
		const reference = `T-${randomUUID().slice(0, 8)}`.toUpperCase();
		const [entry] = await handle.db
			.insert(registerEntries)
			.values({ placeId: cycle.placeId, cycleId: cycle.id, reference, referenceKey: reference, postcode: 'CF10 3CC' })
			.returning();
		return { reference, key: `register:${entry.id}` };
	};
	const votesOf = (keys: string[]) => handle.db.$count(participations, and(eq(participations.cycleId, cycle.id), inArray(participations.voterKey, keys)));
	const withReference = (reference: string): [string, string][] => [['choice', garden], ['reference', reference], ['postcode', 'CF10 3CC']];
	const withoutReference = (): [string, string][] => [['choice', garden], ['postcode', 'CF10 3CC']];

	it('an account that voted with its register reference cannot vote again without it', async () => {
		const [userId, entry] = [await newResident(), await newEntry()];
		expect(await submitBallot(ctx(), { kind: 'user', userId }, cycle, withReference(entry.reference))).toMatchObject({ ok: true });
		expect(await submitBallot(ctx(), { kind: 'user', userId }, cycle, withoutReference())).toMatchObject({ ok: false, status: 'already_voted' });
		expect(await votesOf([entry.key, `user:${userId}`])).toBe(1);
	});

	it('an account that voted without its reference cannot vote again with it, online or on paper', async () => {
		const [userId, entry] = [await newResident(), await newEntry()];
		expect(await submitBallot(ctx(), { kind: 'user', userId }, cycle, withoutReference())).toMatchObject({ ok: true });
		expect(await submitBallot(ctx(), { kind: 'user', userId }, cycle, withReference(entry.reference))).toMatchObject({ ok: false, status: 'already_voted' });
		// The account has now shown it is this entry: a paper ballot for the entry is its second vote.
		const paper = await enterPaperForm(ctx(), { cycle, staff, form: [['serial', `9${Math.floor(Math.random() * 1e6)}`], ['voterReference', entry.reference], ['choice', garden]] });
		expect(paper).toMatchObject({ ok: false, errors: { voterReference: 'already_voted' } });
		expect(await votesOf([entry.key, `user:${userId}`])).toBe(1);
	});

	it('a paper ballot first, then the same person online with the reference: one vote', async () => {
		const [userId, entry] = [await newResident(), await newEntry()];
		const paper = await enterPaperForm(ctx(), { cycle, staff, form: [['serial', `8${Math.floor(Math.random() * 1e6)}`], ['voterReference', entry.reference], ['choice', garden]] });
		expect(paper).toMatchObject({ ok: true });
		expect(await submitBallot(ctx(), { kind: 'user', userId }, cycle, withReference(entry.reference))).toMatchObject({ ok: false, status: 'already_voted' });
		expect(await votesOf([entry.key, `user:${userId}`])).toBe(1);
	});

	it('one account is one person: not a second reference, and not a reference another account voted as', async () => {
		const [ana, ben, first, second] = [await newResident(), await newResident(), await newEntry(), await newEntry()];
		expect(await submitBallot(ctx(), { kind: 'user', userId: ana }, cycle, withReference(first.reference))).toMatchObject({ ok: true });
		expect(await submitBallot(ctx(), { kind: 'user', userId: ana }, cycle, withReference(second.reference))).toMatchObject({ ok: false, status: 'reference_other' });
		expect(await submitBallot(ctx(), { kind: 'user', userId: ben }, cycle, withReference(first.reference))).toMatchObject({ ok: false, status: 'reference_taken' });
		expect(await votesOf([first.key, second.key, `user:${ana}`, `user:${ben}`])).toBe(1);
	});

	it('with and without the reference at the same moment: exactly one ballot, every time', async () => {
		for (let round = 0; round < 5; round++) {
			const [userId, entry] = [await newResident(), await newEntry()];
			const ballotsBefore = await handle.db.$count(ballots, eq(ballots.cycleId, cycle.id));
			const forms = round % 2 ? [withReference(entry.reference), withoutReference()] : [withoutReference(), withReference(entry.reference)];
			const outcomes = await Promise.all(forms.map((form) => submitBallot(ctx(), { kind: 'user', userId }, cycle, form)));
			expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
			expect(outcomes.filter((outcome) => !outcome.ok && outcome.status === 'already_voted')).toHaveLength(1);
			expect(await votesOf([entry.key, `user:${userId}`])).toBe(1);
			expect(await handle.db.$count(ballots, eq(ballots.cycleId, cycle.id))).toBe(ballotsBefore + 1);
		}
	});

	it('refuses on every channel once the vote has closed, and records nothing', async () => {
		const after = new Date('2026-07-01T00:00:00Z');
		const before = await handle.db.$count(participations, eq(participations.cycleId, cycle.id));
		expect(await submitBallot(ctx(after), { kind: 'user', userId: randomUUID() }, cycle, [['choice', garden], ['postcode', 'CF10 2BB']])).toEqual({ ok: false, status: 'voting_closed' });
		expect(await enterPaperForm(ctx(after), { cycle, staff, form: [['serial', '0002'], ['voterReference', 'R-7'], ['choice', garden]] })).toMatchObject({ ok: false, errors: { form: 'voting_closed' }, marks: null });
		expect(await handle.db.$count(participations, eq(participations.cycleId, cycle.id))).toBe(before);
	});

	it('refuses a ballot the pot’s rules refuse on paper as online, keeping the marks', async () => {
		const stranger = randomUUID();
		const online = await submitBallot(ctx(), { kind: 'user', userId: randomUUID() }, cycle, [['choice', stranger], ['postcode', 'CF10 2BB']]);
		expect(online).toMatchObject({ ok: false, problems: [{ code: 'unknown_project' }], kept: { marks: { type: 'approval', selected: [stranger] } } });
		const paper = await enterPaperForm(ctx(), { cycle, staff, form: [['serial', 'x y'], ['voterReference', 'R-7'], ['choice', stranger]] });
		expect(paper).toMatchObject({ ok: false, errors: { serial: 'serial_invalid', marks: 'marks_problem' }, problems: [{ code: 'unknown_project' }], marks: { type: 'approval', selected: [stranger] } });
	});

	it('casts a ballot from outside the register with the place’s eligibility rules: the area first, then once only', async () => {
		const voter = { kind: 'user' as const, userId: randomUUID() };
		expect(await submitBallot(ctx(), voter, cycle, [['choice', garden], ['postcode', 'NP20 1AA']])).toMatchObject({ ok: false, status: 'not_in_area' });
		const ballotsBefore = await handle.db.$count(ballots, eq(ballots.cycleId, cycle.id));
		expect(await submitBallot(ctx(), voter, cycle, [['choice', garden], ['postcode', 'CF10 2BB']])).toMatchObject({ ok: true });
		expect(await submitBallot(ctx(), voter, cycle, [['choice', garden], ['postcode', 'CF10 2BB']])).toMatchObject({ ok: false, status: 'already_voted' });
		expect(await handle.db.$count(ballots, eq(ballots.cycleId, cycle.id))).toBe(ballotsBefore + 1);
	});
});
