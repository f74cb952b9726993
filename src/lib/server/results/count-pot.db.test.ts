import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { contributions, pots } from '../budget/budget.table';
import { findPublishedCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import { cycles, phases } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { type Place } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { castBallot } from '../voting/cast-ballot';
import { countHere, startCount } from './count-pot';
import { listAuditHeads } from '../audit/publish-audit-heads';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import { results } from './results.table';
import { insertPlace } from '../testing/places';

const during = new Date('2026-06-10T12:00:00Z');
const after = new Date('2026-07-02T12:00:00Z');

describe.each(testDatabases())('counting a pot on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let place: Place;
	let cycle: CycleWithPhases;
	let potId: string;
	let ids: Record<'bench' | 'lights' | 'pitch', string>;
	let actor: { userId: string; email: string };

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const [lead] = await db.insert(users).values({ email: 'lead@example.org' }).returning();
		actor = { userId: lead.id, email: lead.email };
		place = await insertPlace(db, { slug: 'p', name: { en: 'Northgate' } });
		const [c] = await db.insert(cycles).values({ placeId: place.id, slug: '2026-green', title: { en: 'The green' }, challenge: {}, status: 'active' }).returning();
		await db.insert(phases).values({
			placeId: place.id,
			cycleId: c.id,
			kind: 'test',
			position: 1,
			opensAt: new Date('2026-06-01T00:00:00Z'),
			closesAt: new Date('2026-07-01T00:00:00Z'),
			settings: { ballotType: 'approval', outcomeRule: 'greedy' }
		});
		[{ id: potId }] = await db.insert(pots).values({ placeId: place.id, cycleId: c.id, name: { en: 'North end' }, description: {}, position: 1, allocatedMinor: 1_000_000 }).returning({ id: pots.id });
		await db.insert(contributions).values({ placeId: place.id, cycleId: c.id, funderName: 'Co-op', amountMinor: 1_000_000 });
		const base = { placeId: place.id, cycleId: c.id, summary: 's', status: 'feasible' as const, reviewReason: 'ok', potId };
		const [bench, lights, pitch] = await db
			.insert(proposals)
			.values([
				{ ...base, number: 1, title: 'Benches', estimatedCostMinor: 200_000 },
				{ ...base, number: 2, title: 'Lights', estimatedCostMinor: 600_000 },
				{ ...base, number: 3, title: 'Pitch', estimatedCostMinor: 700_000 }
			])
			.returning({ id: proposals.id });
		ids = { bench: bench.id, lights: lights.id, pitch: pitch.id };
		cycle = (await findPublishedCycle(db, place.id, '2026-green'))!;
		// Pitch 3 votes, lights 2, benches 2: greedy funds the pitch, then the cheaper of the tied two
		// (benches), and the lights no longer fit the £1,000 left.
		const votes = [[ids.pitch], [ids.pitch, ids.bench], [ids.pitch], [ids.lights], [ids.lights, ids.bench]];
		for (const choices of votes) {
			await castBallot({ db, now: during }, { placeId: place.id, cycleId: c.id, potId, voter: { kind: 'user', userId: randomUUID() }, channel: 'online', ballot: { choices } });
		}
	});
	afterAll(() => handle.close());

	it('refuses to count while people can still vote', async () => {
		expect(await startCount({ db: handle.db, now: during, count: countHere }, { place, cycle, potId, actor })).toEqual({ ok: false, error: 'vote_not_closed' });
	});

	it('reads the cycle again under its lock: a pause or a reopened vote since the page loaded stops the count', async () => {
		const { db } = handle;
		// The page loaded the cycle as active with its vote closed (`cycle`); meanwhile the lead paused it…
		await db.update(cycles).set({ status: 'paused' }).where(eq(cycles.id, cycle.id));
		expect(await startCount({ db, now: after, count: countHere }, { place, cycle, potId, actor })).toEqual({ ok: false, error: 'cycle_stopped' });
		await db.update(cycles).set({ status: 'active' }).where(eq(cycles.id, cycle.id));
		// … or a team member extended the vote.
		const [vote] = await db.select().from(phases).where(eq(phases.cycleId, cycle.id));
		await db.update(phases).set({ closesAt: new Date('2026-08-01T00:00:00Z') }).where(eq(phases.id, vote.id));
		expect(await startCount({ db, now: after, count: countHere }, { place, cycle, potId, actor })).toEqual({ ok: false, error: 'vote_not_closed' });
		await db.update(phases).set({ closesAt: vote.closesAt }).where(eq(phases.id, vote.id));
		expect(await db.select().from(results)).toEqual([]);
	});

	it('counts once the vote has closed and stores the funded proposals, the money and the reasons', async () => {
		const started = await startCount({ db: handle.db, now: after, count: countHere }, { place, cycle, potId, actor });
		if (!started.ok) throw new Error(started.error);
		await started.finished;
		const [row] = await handle.db.select().from(results).where(eq(results.id, started.resultId));
		expect(row).toMatchObject({ state: 'counted', rule: 'greedy', completion: 'none', ballotCount: 5, budgetMinor: 1_000_000, spentMinor: 900_000, turnout: { online: 5 } });
		expect(row.selected).toEqual([ids.pitch, ids.bench]);
		const lights = row.explanations!.find((e) => e.project === ids.lights);
		expect(lights).toMatchObject({ status: 'unfunded', reason: 'did_not_fit', supporters: 2, moneyLeft: 1000 });
	});

	it('publishes the place’s audit head when a count starts, so the record the count was made under is sealed', async () => {
		const heads = await listAuditHeads(handle.db, place.id);
		const verified = await verifyAuditChain(handle.db, place.id);
		expect(verified).toMatchObject({ ok: true });
		expect(heads.at(-1)).toMatchObject({ length: verified.count, publishedAt: after });
	});

	it('counts a pot once: a second count is refused and the stored result stands', async () => {
		expect(await startCount({ db: handle.db, now: after, count: countHere }, { place, cycle, potId, actor })).toEqual({ ok: false, error: 'already_counted' });
	});

	it('refuses a pot that is not the cycle’s, and records a failed count so it can be started again', async () => {
		expect(await startCount({ db: handle.db, now: after, count: countHere }, { place, cycle, potId: null, actor })).toEqual({ ok: false, error: 'pot_unknown' });
		await handle.db.delete(results);
		const failing = await startCount({ db: handle.db, now: after, count: async () => Promise.reject(new Error('worker died')) }, { place, cycle, potId, actor });
		if (!failing.ok) throw new Error(failing.error);
		await failing.finished;
		expect(await handle.db.select({ state: results.state, error: results.error }).from(results)).toEqual([{ state: 'failed', error: 'worker died' }]);
		const again = await startCount({ db: handle.db, now: after, count: countHere }, { place, cycle, potId, actor });
		expect(again.ok).toBe(true);
		if (again.ok) await again.finished;
		expect(await handle.db.select({ state: results.state }).from(results)).toEqual([{ state: 'counted' }]);
	});
});
