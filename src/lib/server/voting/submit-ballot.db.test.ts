import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
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
		const online = await submitBallot(ctx(), { kind: 'user', userId: randomUUID() }, cycle, [['choice', garden], ['reference', 'r-7'], ['postcode', 'cf10 1aa']]);
		expect(online).toMatchObject({ ok: true, receiptCode: expect.any(String), potId: null });
		expect(await onRegister()).toBe(1);
		const paper = await enterPaperForm(ctx(), { cycle, staff, form: [['serial', '0001'], ['voterReference', 'R-7'], ['choice', garden]] });
		expect(paper).toMatchObject({ ok: false, errors: { voterReference: 'already_voted' }, conflict: true });
		expect(await onRegister()).toBe(1);
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
