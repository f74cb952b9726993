import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contributions } from '../budget/budget.table';
import { findPublishedCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import { cycles, phases } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../db/database';
import { testDatabases } from '../db/test-databases';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { castBallot } from './cast-ballot';
import { checkOnlineBallot } from './check-online-ballot';

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
		const [place] = await db.insert(places).values({ slug: 'p', name: { en: 'P' }, summary: {}, areaDescription: {}, teamDescription: {} }).returning();
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
		const check = await checkOnlineBallot({ db: handle.db, now }, { userId: randomUUID() }, cycle, form([['choice', garden], ...answers]));
		expect(check).toMatchObject({ ok: true, ballot: { choices: [garden] } });
	});

	it('says what to change and keeps every answer: over the pot, outside the area, age not confirmed', async () => {
		const overPot = await checkOnlineBallot({ db: handle.db, now }, { userId: randomUUID() }, cycle, form([['choice', garden], ['choice', hall], ...answers]));
		// £600 checked cost + £500 = £1,100 of a £1,000 pot.
		expect(overPot).toMatchObject({ ok: false, status: 'eligible', problems: [{ code: 'over_budget', overMinor: 10_000 }] });
		const away = await checkOnlineBallot({ db: handle.db, now }, { userId: randomUUID() }, cycle, form([['choice', garden], ['postcode', 'NP20 1AA'], ['confirmsAge', 'yes']]));
		expect(away).toMatchObject({ ok: false, status: 'not_in_area', kept: { postcode: 'NP20 1AA', marks: { selected: [garden] } } });
		const noAge = await checkOnlineBallot({ db: handle.db, now }, { userId: randomUUID() }, cycle, form([['choice', garden], ['postcode', 'CF10 1AA']]));
		expect(noAge).toMatchObject({ ok: false, status: 'age_needed' });
	});

	it('tells someone who has voted, and refuses everything once the test phase has closed', async () => {
		const voter = { userId: randomUUID() };
		await castBallot({ db: handle.db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: null, voter: { kind: 'user', ...voter }, channel: 'online', ballot: { choices: [garden] } });
		expect(await checkOnlineBallot({ db: handle.db, now }, voter, cycle, form([['choice', hall], ...answers]))).toMatchObject({ ok: false, status: 'already_voted' });
		const later = new Date('2026-07-01T00:00:00Z');
		expect(await checkOnlineBallot({ db: handle.db, now: later }, { userId: randomUUID() }, cycle, form([['choice', garden], ...answers]))).toEqual({ ok: false, status: 'voting_closed' });
	});
});
