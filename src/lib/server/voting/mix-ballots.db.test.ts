import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { testDatabases } from '../testing/databases';
import { castBallot } from './cast-ballot';
import { mixBallots } from './mix-ballots';
import { insertPlace } from '../testing/places';

describe.each(testDatabases())('mixing ballots on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let cycle: { id: string; placeId: string };

	beforeAll(async () => {
		handle = await open();
		const place = await insertPlace(handle.db, { slug: 'm' });
		[cycle] = await handle.db.insert(cycles).values({ placeId: place.id, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning({ id: cycles.id, placeId: cycles.placeId });
	});
	afterAll(() => handle.close());

	/** Pairs of (participation, ballot) that share the transaction stamp Postgres puts on every row. */
	const linkedPairs = async () =>
		rowsOf<{ n: number }>(
			await handle.db.execute(sql`select count(*)::int as n from participations p join ballots b on p.xmin::text = b.xmin::text where b.cycle_id = ${cycle.id}`)
		)[0].n;

	it('leaves no ballot sharing its transaction stamp with a participation', async () => {
		for (let i = 0; i < 5; i++) {
			await castBallot(
				{ db: handle.db, now: new Date() },
				{ placeId: cycle.placeId, cycleId: cycle.id, potId: null, voter: { kind: 'user', userId: randomUUID() }, channel: 'online', ballot: { choices: [] } }
			);
		}
		// Straight after casting, a database reader can pair each ballot with its voter.
		expect(await linkedPairs()).toBe(5);
		expect(await mixBallots(handle.db)).toBe(5);
		expect(await linkedPairs()).toBe(0);
		// All five now carry one stamp: the batch, nothing finer.
		const stamps = rowsOf<{ n: number }>(await handle.db.execute(sql`select count(distinct xmin::text)::int as n from ballots where cycle_id = ${cycle.id}`))[0].n;
		expect(stamps).toBe(1);
		expect(await mixBallots(handle.db)).toBe(0);
	});
});
