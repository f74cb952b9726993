import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { findPublishedCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { type Place } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { insertPlace } from '../testing/places';
import { insertVotingCycle } from '../testing/voting';
import { testDatabases } from '../testing/databases';
import { castBallot } from '../voting/cast-ballot';
import { countHere, startCount } from './count-pot';
import { loadCycleResults } from './results.queries';

const during = new Date('2026-06-10T12:00:00Z');
const after = new Date('2026-07-02T12:00:00Z');

/*
 * A place that chose Phragmén: £10,000; the pitch (£7,000) has three votes, the lights (£6,000)
 * two, the benches (£2,000) two. Most votes would fund the pitch first; Phragmén first buys the
 * benches, whose two supporters can pay £2,000 soonest (£1,000 each), then the pitch at a load of
 * (£7,000 + £1,000) ÷ 3, and stops at the lights, which no longer fit.
 */
describe.each(testDatabases())('counting with Phragmén on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let place: Place;
	let cycle: CycleWithPhases;
	let ids: Record<'bench' | 'lights' | 'pitch', string>;
	let actor: { userId: string; email: string };

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const [lead] = await db.insert(users).values({ email: 'lead@example.org' }).returning();
		actor = { userId: lead.id, email: lead.email };
		place = await insertPlace(db, { slug: 'ph', name: { en: 'Phragmén Park' } });
		const c = await insertVotingCycle(db, place.id, { slug: '2026-even', title: 'Even', settings: { ballotType: 'approval', outcomeRule: 'phragmen' }, moneyMinor: 1_000_000 });
		const base = { placeId: place.id, cycleId: c.id, summary: 's', status: 'feasible' as const, reviewReason: 'ok' };
		const [bench, lights, pitch] = await db
			.insert(proposals)
			.values([
				{ ...base, number: 1, title: 'Benches', estimatedCostMinor: 200_000 },
				{ ...base, number: 2, title: 'Lights', estimatedCostMinor: 600_000 },
				{ ...base, number: 3, title: 'Pitch', estimatedCostMinor: 700_000 }
			])
			.returning({ id: proposals.id });
		ids = { bench: bench.id, lights: lights.id, pitch: pitch.id };
		cycle = (await findPublishedCycle(db, place.id, '2026-even'))!;
		const votes = [[ids.pitch], [ids.pitch, ids.bench], [ids.pitch], [ids.lights], [ids.lights, ids.bench]];
		for (const choices of votes) {
			await castBallot({ db, now: during }, { placeId: place.id, cycleId: c.id, potId: null, voter: { kind: 'user', userId: randomUUID() }, channel: 'online', ballot: { choices } });
		}
	});
	afterAll(() => handle.close());

	it('stores the rule, the order it chose and what each supporter paid', async () => {
		const started = await startCount({ db: handle.db, now: after, count: countHere }, { place, cycle, potId: null, actor });
		if (!started.ok) throw new Error(started.error);
		await started.finished;
		const { pots } = await loadCycleResults(handle.db, cycle);
		const result = pots[0].result!;
		expect(result).toMatchObject({ state: 'counted', rule: 'phragmen', completion: 'none', spentMinor: 900_000 });
		expect(result.selected).toEqual([ids.bench, ids.pitch]);
		const of = (id: string) => result.explanations!.find((e) => e.project === id);
		expect(of(ids.bench)).toMatchObject({ status: 'funded', round: 1, payers: 2, minShare: 1000, maxShare: 1000 });
		// The voter who had paid £1,000 towards the benches pays £1,666.67 more; the two others £2,666.67.
		expect(of(ids.pitch)).toMatchObject({ status: 'funded', round: 2, payers: 3, minShare: 1666.67, maxShare: 2666.67 });
		expect(of(ids.lights)).toMatchObject({ status: 'unfunded', reason: 'did_not_fit', moneyLeft: 1000 });
	});
});
