import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { contributions, pots } from '../budget/budget.table';
import { findPublishedCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import { cycles, phases } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { proposals } from '../proposals/proposals.table';
import { castBallot, replaceBallot } from './cast-ballot';
import { hasVoted, loadBallotPaper } from './voting.queries';
import { hashCode } from './hash-code';
import { ballots, letterCodeBatches, letterCodes, registerEntries } from './voting.table';
import { checkBallot } from './check-ballot';
import { insertPlace } from '../testing/places';

const now = new Date('2026-06-10T12:00:00Z');
const form = (fields: [string, string][]) => {
	const data = new FormData();
	for (const [name, value] of fields) data.append(name, value);
	return data;
};

describe.each(testDatabases())('checking an online ballot on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let cycle: CycleWithPhases;
	let garden: string;
	let hall: string;

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'p' });
		const [c] = await db.insert(cycles).values({ placeId: place.id, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning();
		await db.insert(phases).values({
			placeId: place.id,
			cycleId: c.id,
			kind: 'test',
			position: 1,
			opensAt: new Date('2026-06-01T00:00:00Z'),
			closesAt: new Date('2026-06-30T00:00:00Z'),
			settings: { ballotType: 'knapsack', postcodePrefixes: ['CF10'], minimumAge: 16 }
		});
		await db.insert(contributions).values({ placeId: place.id, cycleId: c.id, funderName: 'Council', amountMinor: 100_000 });
		const base = { placeId: place.id, cycleId: c.id, summary: 's', status: 'feasible' as const, reviewReason: 'ok' };
		[{ id: garden }, { id: hall }] = await db
			.insert(proposals)
			.values([
				{ ...base, number: 1, title: 'Garden', estimatedCostMinor: 50_000, reviewedCostMinor: 60_000 },
				{ ...base, number: 2, title: 'Hall', estimatedCostMinor: 50_000 },
				{ ...base, number: 3, title: 'Not feasible', estimatedCostMinor: 1, status: 'not_feasible' }
			])
			.returning({ id: proposals.id });
		cycle = (await findPublishedCycle(db, place.id, 'c'))!;
	});
	afterAll(() => handle.close());

	const answers: [string, string][] = [['postcode', 'cf10 1aa'], ['confirmsAge', 'yes']];

	it('accepts a ballot that fits the pot at the team’s checked costs, from someone in the area of age', async () => {
		const check = await checkBallot({ db: handle.db, now }, { kind: 'user' as const, userId: randomUUID() }, cycle, form([['choice', garden], ...answers]));
		expect(check).toMatchObject({ ok: true, ballot: { choices: [garden] } });
	});

	it('says what to change and keeps every answer: over the pot, outside the area, age not confirmed', async () => {
		const overPot = await checkBallot({ db: handle.db, now }, { kind: 'user' as const, userId: randomUUID() }, cycle, form([['choice', garden], ['choice', hall], ...answers]));
		// £600 checked cost + £500 = £1,100 of a £1,000 pot.
		expect(overPot).toMatchObject({ ok: false, status: 'eligible', problems: [{ code: 'over_budget', overMinor: 10_000 }] });
		const away = await checkBallot({ db: handle.db, now }, { kind: 'user' as const, userId: randomUUID() }, cycle, form([['choice', garden], ['postcode', 'NP20 1AA'], ['confirmsAge', 'yes']]));
		expect(away).toMatchObject({ ok: false, status: 'not_in_area', kept: { postcode: 'NP20 1AA', marks: { selected: [garden] } } });
		const noAge = await checkBallot({ db: handle.db, now }, { kind: 'user' as const, userId: randomUUID() }, cycle, form([['choice', garden], ['postcode', 'CF10 1AA']]));
		expect(noAge).toMatchObject({ ok: false, status: 'age_needed' });
	});

	it('tells someone who has voted, and refuses everything once the test phase has closed', async () => {
		const voter = { kind: 'user' as const, userId: randomUUID() };
		await castBallot({ db: handle.db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: null, voter, channel: 'online', ballot: { choices: [garden] } });
		expect(await checkBallot({ db: handle.db, now }, voter, cycle, form([['choice', hall], ...answers]))).toMatchObject({ ok: false, status: 'already_voted' });
		const later = new Date('2026-07-01T00:00:00Z');
		expect(await checkBallot({ db: handle.db, now: later }, { kind: 'user' as const, userId: randomUUID() }, cycle, form([['choice', garden], ...answers]))).toEqual({ ok: false, status: 'voting_closed' });
	});
});

describe.each(testDatabases())('a cycle with pots, a register, letter codes and re-voting on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let cycle: CycleWithPhases;
	let town: string;
	let beach: string;
	let library: string;
	let surf: string;
	let entryId: string;
	let letterCodeId: string;

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'q' });
		const [c] = await db.insert(cycles).values({ placeId: place.id, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning();
		await db.insert(phases).values({
			placeId: place.id,
			cycleId: c.id,
			kind: 'test',
			position: 1,
			opensAt: new Date('2026-06-01T00:00:00Z'),
			closesAt: new Date('2026-06-30T00:00:00Z'),
			settings: { ballotType: 'approval', postcodePrefixes: ['SA62'], revoting: true }
		});
		[{ id: town }, { id: beach }] = await db
			.insert(pots)
			.values([
				{ placeId: place.id, cycleId: c.id, name: { en: 'Town' }, description: {}, position: 1, allocatedMinor: 30_000 },
				{ placeId: place.id, cycleId: c.id, name: { en: 'Beach' }, description: {}, position: 2 }
			])
			.returning({ id: pots.id });
		await db.insert(contributions).values([
			{ placeId: place.id, cycleId: c.id, funderName: 'Council', amountMinor: 30_000 },
			{ placeId: place.id, cycleId: c.id, funderName: 'Surf club', amountMinor: 20_000, potId: beach }
		]);
		const base = { placeId: place.id, cycleId: c.id, summary: 's', status: 'feasible' as const, reviewReason: 'ok', estimatedCostMinor: 10_000 };
		[{ id: library }, { id: surf }] = await db
			.insert(proposals)
			.values([
				{ ...base, number: 1, title: 'Library', potId: town },
				{ ...base, number: 2, title: 'Surf', potId: beach }
			])
			.returning({ id: proposals.id });
		[{ id: entryId }] = await db
			.insert(registerEntries)
			.values({ placeId: place.id, cycleId: c.id, reference: 'T-1', referenceKey: 'T-1', postcode: 'SA62 6AA' })
			.returning({ id: registerEntries.id });
		const [batch] = await db.insert(letterCodeBatches).values({ placeId: place.id, cycleId: c.id, label: 'Letters', codeCount: 1 }).returning();
		[{ id: letterCodeId }] = await db
			.insert(letterCodes)
			.values({ placeId: place.id, cycleId: c.id, batchId: batch.id, codeHash: hashCode('ABCD-EFGH-JKLM') })
			.returning({ id: letterCodes.id });
		cycle = (await findPublishedCycle(db, place.id, 'c'))!;
	});
	afterAll(() => handle.close());

	const ctx = () => ({ db: handle.db, now });

	it('shows each pot its own proposals and its own money, and refuses a ballot without a pot or for another pot’s proposal', async () => {
		const townPaper = await loadBallotPaper(handle.db, cycle, town);
		expect(townPaper.items.map((i) => i.title)).toEqual(['Library']);
		expect(townPaper.budgetMinor).toBe(30_000);
		expect((await loadBallotPaper(handle.db, cycle, beach)).budgetMinor).toBe(20_000);
		expect((await loadBallotPaper(handle.db, cycle, 'not-a-uuid')).items).toEqual([]);
		const user = { kind: 'user' as const, userId: randomUUID() };
		expect(await checkBallot(ctx(), user, cycle, form([['choice', library], ['postcode', 'SA62 1AB']]))).toMatchObject({ ok: false, status: 'pot_unknown' });
		const wrongPot = await checkBallot(ctx(), user, cycle, form([['pot', beach], ['choice', library], ['postcode', 'SA62 1AB']]));
		expect(wrongPot).toMatchObject({ ok: false, problems: [{ code: 'unknown_project' }] });
		expect(await checkBallot(ctx(), user, cycle, form([['pot', town], ['choice', library], ['postcode', 'SA62 1AB']]))).toMatchObject({
			ok: true,
			channel: 'online',
			voter: user
		});
	});

	it('lets a letter code vote in each pot once, without a postcode, as a letter-code ballot', async () => {
		const holder = { kind: 'code' as const, letterCodeId };
		const check = await checkBallot(ctx(), holder, cycle, form([['pot', beach], ['choice', surf]]));
		expect(check).toMatchObject({ ok: true, channel: 'letter_code', voter: { kind: 'code', letterCodeId } });
		if (!check.ok) return;
		await castBallot(ctx(), { placeId: cycle.placeId, cycleId: cycle.id, potId: beach, voter: check.voter, channel: check.channel, ballot: check.ballot });
		expect(await hasVoted(handle.db, cycle, beach, `code:${letterCodeId}`)).toBe(true);
		expect(await hasVoted(handle.db, cycle, town, `code:${letterCodeId}`)).toBe(false);
	});

	it('counts a register reference only with the postcode it is registered at, as that register entry', async () => {
		const user = { kind: 'user' as const, userId: randomUUID() };
		const wrong = await checkBallot(ctx(), user, cycle, form([['pot', town], ['choice', library], ['reference', 't-1'], ['postcode', 'SA62 9ZZ']]));
		expect(wrong).toMatchObject({ ok: false, status: 'not_on_register', kept: { reference: 't-1' } });
		const right = await checkBallot(ctx(), user, cycle, form([['pot', town], ['choice', library], ['reference', 't-1'], ['postcode', 'sa626aa']]));
		expect(right).toMatchObject({ ok: true, voter: { kind: 'register', entryId } });
	});

	it('lets a voter change their ballot with their receipt code where the place allows it, and the last ballot counts', async () => {
		const voter = { kind: 'user' as const, userId: randomUUID() };
		const cast = await castBallot(ctx(), { placeId: cycle.placeId, cycleId: cycle.id, potId: town, voter, channel: 'online', ballot: { choices: [library] } });
		if (!cast.ok) throw new Error('cast failed');
		const again = await checkBallot(ctx(), voter, cycle, form([['pot', town], ['choice', library], ['postcode', 'SA62 1AB']]));
		expect(again).toMatchObject({ ok: true, revote: true });
		const input = { placeId: cycle.placeId, cycleId: cycle.id, potId: town, voter, ballot: { choices: [] as string[] } };
		expect(await replaceBallot(ctx(), { ...input, receiptCode: 'AAAA-BBBB-CCCC' })).toEqual({ ok: false, error: 'receipt_not_found' });
		// Someone else's receipt code does nothing for a person who has not voted.
		expect(await replaceBallot(ctx(), { ...input, voter: { kind: 'user', userId: randomUUID() }, receiptCode: cast.receiptCode })).toEqual({ ok: false, error: 'not_voted' });
		expect(await replaceBallot(ctx(), { ...input, receiptCode: cast.receiptCode.toLowerCase() })).toEqual({ ok: true });
		const [row] = await handle.db.select().from(ballots).where(eq(ballots.receiptHash, hashCode(cast.receiptCode)));
		expect(row.choices).toEqual({ choices: [] });
		expect(await handle.db.$count(ballots, eq(ballots.cycleId, cycle.id))).toBe(2);
	});
});
