import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pots } from '../budget/budget.table';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { testDatabases } from '../testing/databases';
import { openSecondConnection } from '../testing/second-connection';
import { hashCode } from './hash-code';
import { castBallot, hourOf, type Voter } from './cast-ballot';
import { ballots, participations } from './voting.table';
import { insertPlace } from '../testing/places';

const now = new Date('2026-06-10T14:37:12.345Z');
const ballot = { choices: ['00000000-0000-4000-8000-0000000000a1'] };

describe.each(testDatabases())('casting ballots on $name', ({ name, open }) => {
	let handle: DatabaseHandle;
	let cycle: { id: string; placeId: string };
	let otherPotId: string;
	const cast = (voter: Voter, db = handle.db, channel: 'online' | 'workshop' = 'online') =>
		castBallot({ db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: null, voter, channel, ballot });
	const count = async (db = handle.db) => ({
		ballots: (await db.select().from(ballots).where(eq(ballots.cycleId, cycle.id))).length,
		participations: (await db.select().from(participations).where(eq(participations.cycleId, cycle.id))).length
	});

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'p' });
		const [c, other] = await db
			.insert(cycles)
			.values([
				{ placeId: place.id, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' },
				{ placeId: place.id, slug: 'd', title: { en: 'D' }, challenge: {}, status: 'active' }
			])
			.returning({ id: cycles.id, placeId: cycles.placeId });
		cycle = c;
		[{ id: otherPotId }] = await db.insert(pots).values({ placeId: place.id, cycleId: other.id, name: { en: 'Other' }, description: {}, position: 1 }).returning({ id: pots.id });
	});
	afterAll(() => handle.close());

	it('keeps the ballot with a receipt code and no time finer than the hour', async () => {
		const result = await cast({ kind: 'user', userId: randomUUID() });
		expect(result).toEqual({ ok: true, receiptCode: expect.stringMatching(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/) });
		const [row] = await handle.db.select().from(ballots).where(eq(ballots.cycleId, cycle.id));
		expect(row.castHour).toEqual(hourOf(now));
		expect(row.castHour.toISOString()).toBe('2026-06-10T14:00:00.000Z');
		expect(row.choices).toEqual(ballot);
		// Only the code's hash is kept: the table alone finds nobody's ballot.
		expect(row.receiptHash).toBe(hashCode(result.ok ? result.receiptCode : ''));
	});

	it('tells a voter who votes again that they already have, and keeps one ballot', async () => {
		const voter: Voter = { kind: 'register', entryId: randomUUID() };
		const before = await count();
		expect((await cast(voter)).ok).toBe(true);
		expect(await cast(voter)).toEqual({ ok: false, error: 'already_voted' });
		expect(await count()).toEqual({ ballots: before.ballots + 1, participations: before.participations + 1 });
	});

	it('keeps exactly one ballot when the same voter submits 200 times at once', async () => {
		const voter: Voter = { kind: 'user', userId: randomUUID() };
		const before = await count();
		const results = await Promise.all(Array.from({ length: 200 }, () => cast(voter)));
		expect(results.filter((r) => !r.ok && r.error === 'already_voted')).toHaveLength(199);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(await count()).toEqual({ ballots: before.ballots + 1, participations: before.participations + 1 });
	});

	it.skipIf(name !== 'postgres')('keeps exactly one ballot when two app processes take the same voter’s submits at once', async () => {
		const second = await openSecondConnection(handle.db, process.env.DATABASE_URL!);
		try {
			const voter: Voter = { kind: 'code', letterCodeId: randomUUID() };
			const before = await count();
			const results = await Promise.all(Array.from({ length: 200 }, (_, i) => cast(voter, i % 2 ? second.db : handle.db)));
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(await count()).toEqual({ ballots: before.ballots + 1, participations: before.participations + 1 });
		} finally {
			await second.close();
		}
	});

	it('leaves neither row when the ballot cannot be stored, so the voter can try again', async () => {
		const voter: Voter = { kind: 'user', userId: randomUUID() };
		const before = await count();
		// This test database refuses workshop ballots (not participations): the ballot fails after the
		// participation was written, as a crash between the two would.
		await handle.db.execute(sql`alter table ballots add constraint test_no_workshop_ballots check (channel <> 'workshop')`);
		await expect(cast(voter, handle.db, 'workshop')).rejects.toThrow();
		expect(await count()).toEqual(before);
		expect((await cast(voter)).ok).toBe(true);
		await handle.db.execute(sql`alter table ballots drop constraint test_no_workshop_ballots`);
	});

	it('refuses a ballot for another cycle’s pot', async () => {
		const result = castBallot({ db: handle.db, now }, { placeId: cycle.placeId, cycleId: cycle.id, potId: otherPotId, voter: { kind: 'user', userId: randomUUID() }, channel: 'online', ballot });
		await expect(result).rejects.toThrow();
	});

	it('has nothing in the ballots table that could name a voter', async () => {
		const columns = rowsOf<{ column_name: string }>(
			await handle.db.execute(sql`select column_name from information_schema.columns where table_name = 'ballots' order by column_name`)
		).map((c) => c.column_name);
		expect(columns).toEqual(['cast_hour', 'choices', 'channel', 'cycle_id', 'id', 'pot_id', 'place_id', 'receipt_hash', 'mixed'].sort());
		const references = rowsOf<{ target: string }>(
			await handle.db.execute(sql`
				select distinct ccu.table_name as target from information_schema.table_constraints tc
				join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
				where tc.table_name = 'ballots' and tc.constraint_type = 'FOREIGN KEY' order by target`)
		).map((r) => r.target);
		expect(references).toEqual(['cycles', 'pots']);
		// And nothing points at a ballot: no table can carry a ballot id next to a voter.
		const pointing = rowsOf<{ source: string }>(
			await handle.db.execute(sql`
				select tc.table_name as source from information_schema.table_constraints tc
				join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
				where ccu.table_name = 'ballots' and tc.constraint_type = 'FOREIGN KEY' and tc.table_name <> 'ballots'`)
		);
		expect(pointing).toEqual([]);
	});
});
