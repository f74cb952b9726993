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
import { enterPaperBallot } from '../voting/paper-ballots';
import { registerEntries } from '../voting/voting.table';
import { countHere, startCount } from './count-pot';
import { loadCycleResults } from './results.queries';

const during = new Date('2026-06-10T12:00:00Z');
const after = new Date('2026-07-02T12:00:00Z');

/*
 * A "rank your top 3" vote counted by most points: one resident ranks only the pitch, a paper
 * ranks the lights then the benches and is entered twice, another paper is entered once and never
 * checked before the vote closed.
 */
describe.each(testDatabases())('counting a ranked vote on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let place: Place;
	let cycle: CycleWithPhases;
	let ids: Record<'bench' | 'lights' | 'pitch', string>;
	let actor: { userId: string; email: string };

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const [lead, checker] = await db.insert(users).values([{ email: 'lead@example.org' }, { email: 'checker@example.org' }]).returning();
		actor = { userId: lead.id, email: lead.email };
		place = await insertPlace(db, { slug: 'r', name: { en: 'Riverside' } });
		const c = await insertVotingCycle(db, place.id, { slug: '2026-ranked', title: 'Ranked', settings: { ballotType: 'ranked', rankedTop: 3, outcomeRule: 'greedy' }, moneyMinor: 700_000 });
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
		await db.insert(registerEntries).values(['R-1', 'R-2'].map((reference) => ({ placeId: place.id, cycleId: c.id, reference, referenceKey: reference, postcode: 'CF10 1AA' })));
		cycle = (await findPublishedCycle(db, place.id, '2026-ranked'))!;

		await castBallot({ db, now: during }, { placeId: place.id, cycleId: c.id, potId: null, voter: { kind: 'user', userId: randomUUID() }, channel: 'online', ballot: { choices: [ids.pitch] } });
		const paper = (serial: string, voterReference: string, staff: { userId: string; email: string }, choices: string[]) =>
			enterPaperBallot({ db, now: during }, { cycle: c, potId: null, serial, voterReference, ballotType: 'ranked', ballot: { choices }, staff });
		await paper('1', 'R-1', actor, [ids.lights, ids.bench]);
		await paper('1', '', { userId: checker.id, email: checker.email }, [ids.lights, ids.bench]);
		await paper('2', 'R-2', actor, [ids.bench]);
	});
	afterAll(() => handle.close());

	it('gives a ballot’s first choice 3 points, its second 2: a ballot ranking one proposal counts for it', async () => {
		const started = await startCount({ db: handle.db, now: after, count: countHere }, { place, cycle, potId: null, actor });
		if (!started.ok) throw new Error(started.error);
		await started.finished;
		const { pots } = await loadCycleResults(handle.db, cycle);
		const result = pots[0].result!;
		const of = (id: string) => result.explanations!.find((e) => e.project === id);
		// Pitch and lights have 3 points each; the cheaper lights go first and the pitch no longer fits.
		expect(of(ids.pitch)).toMatchObject({ supporters: 1, support: 3, status: 'unfunded', reason: 'did_not_fit' });
		expect(of(ids.lights)).toMatchObject({ supporters: 1, support: 3, status: 'funded' });
		expect(of(ids.bench)).toMatchObject({ supporters: 1, support: 2 });
	});

	it('counts only ballots that count: the paper waiting for its second entry stands apart, and the channels add up', async () => {
		const { pots } = await loadCycleResults(handle.db, cycle);
		const [{ result, papersNotCounted }] = pots;
		expect(result).toMatchObject({ ballotCount: 2, turnout: { online: 1, paper: 1 } });
		expect(Object.values(result!.turnout).reduce((sum, n) => sum + n, 0)).toBe(result!.ballotCount);
		expect(papersNotCounted).toEqual({ awaitingCheck: 1, discarded: 0 });
	});
});
