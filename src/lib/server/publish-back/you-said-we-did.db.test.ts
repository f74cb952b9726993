import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { countingDatabase } from '../proposals/counting-database';
import { decisionStatements } from '../decisions/decisions.table';
import { results } from '../results/results.table';
import { NOW, at, seedPublishedStory } from '../testing/publish-back';
import { loadYouSaidWeDid } from './you-said-we-did.queries';

describe.each(testDatabases())('“You said, we did” on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let story: Awaited<ReturnType<typeof seedPublishedStory>>;
	let bigStory: Awaited<ReturnType<typeof seedPublishedStory>>;

	beforeAll(async () => {
		handle = await open();
		story = await seedPublishedStory(handle.db, 'pb');
		bigStory = await seedPublishedStory(handle.db, 'big', 24);
	});
	afterAll(() => handle.close());

	const journeys = async () => {
		const [cycle, ...others] = await loadYouSaidWeDid(handle.db, story.place, NOW);
		return { cycle, others, byNumber: (n: number) => cycle.proposals.find((p) => p.number === n) };
	};

	it('lists every reviewed proposal of published cycles, and nothing hidden, unreviewed or from a draft cycle', async () => {
		const { cycle, others } = await journeys();
		expect(others).toEqual([]);
		expect(cycle).toMatchObject({ slug: 'c', learningPublished: true });
		expect(cycle.proposals.map((p) => p.number)).toEqual([1, 2, 3, 4, 7]);
	});

	it('follows a funded proposal from idea to its outcome’s latest evidence', async () => {
		const lights = (await journeys()).byNumber(1)!;
		expect(lights.submitted).toEqual({ at: at(35), authorName: 'Ann', groupName: null });
		expect(lights.reviewed).toMatchObject({ outcome: 'feasible', reason: 'The council agrees.', costMinor: 100_000, at: at(50) });
		expect(lights.ballot).toEqual({ potName: null });
		expect(lights.vote).toMatchObject({ countedAt: at(91), explanation: { status: 'funded', round: 1 } });
		expect(lights.changes).toEqual([]);
		expect(lights.delivery).toMatchObject({ status: 'in_progress', budgetMinor: 100_000, spentMinor: 42_500, latestUpdate: { body: 'Mae’r goleuadau ymlaen.', language: 'cy', at: at(130) } });
		expect(lights.delivery!.outcomes).toEqual([{ statement: 'Children walk to school in winter', agreedWith: 'parents at the school gate', latestEvidence: { body: '31 children walked.', observedOn: '2026-06-01' } }]);
	});

	it('shows the team’s newest decision statement on each counted result, not the earlier versions', async () => {
		expect((await journeys()).cycle.decisions).toEqual([{ potName: null, body: 'We agree & will start in May.', language: 'en', at: at(92) }]);
		const [result] = await handle.db.select({ id: results.id }).from(results).where(eq(results.placeId, story.place.id));
		await handle.db.insert(decisionStatements).values({ placeId: story.place.id, resultId: result.id, body: 'Byddwn yn dechrau ym mis Mehefin.', language: 'cy', createdAt: at(96) });
		expect((await journeys()).cycle.decisions).toEqual([{ potName: null, body: 'Byddwn yn dechrau ym mis Mehefin.', language: 'cy', at: at(96) }]);
	});

	it('stops a proposal’s story where it stopped: not feasible, merged, or not funded', async () => {
		const { byNumber } = await journeys();
		expect(byNumber(3)).toMatchObject({ reviewed: { outcome: 'not_feasible', reason: 'The river is the county’s, and it said no.' }, ballot: null, vote: null, delivery: null, changes: [] });
		expect(byNumber(3)!.submitted).toMatchObject({ authorName: null, groupName: null });
		expect(byNumber(4)).toMatchObject({ reviewed: { outcome: 'merged', mergedIntoNumber: 1 }, ballot: null, vote: null, delivery: null });
		expect(byNumber(2)).toMatchObject({ submitted: { groupName: 'The Club', authorName: null }, vote: { explanation: { status: 'unfunded', reason: 'no_support' } }, delivery: null });
	});

	it('shows changes after the vote on the proposals they concern, in date order', async () => {
		const { byNumber } = await journeys();
		expect(byNumber(7)!.changes.map((c) => [c.kind, c.reason])).toEqual([
			['project_dropped', 'The bins company closed.'],
			['money_moved', 'Next in line.']
		]);
		expect(byNumber(2)!.changes).toEqual([{ at: at(101), kind: 'money_moved', reason: 'Next in line.', amountMinor: 100_000, fromNumber: 7, toNumber: 2 }]);
		expect(byNumber(7)!.delivery).toMatchObject({ status: 'stopped', statusReason: 'The company closed.', spentMinor: 0, latestUpdate: null, outcomes: [] });
	});

	it('puts a feasible proposal on the ballot once the vote has opened, before anything is counted', async () => {
		const early = await seedPublishedStory(handle.db, 'early');
		await handle.db.delete(results).where(eq(results.id, early.result.id));
		const ballots = async (now: Date) => (await loadYouSaidWeDid(handle.db, early.place, now))[0].proposals.map((p) => [p.number, p.ballot !== null, p.vote !== null]);
		// The vote opens on day 60.
		expect(await ballots(at(59))).toEqual([[1, false, false], [2, false, false], [3, false, false], [4, false, false], [7, false, false]]);
		expect(await ballots(at(61))).toEqual([[1, true, false], [2, true, false], [3, false, false], [4, false, false], [7, true, false]]);
	});

	it('reads the page in the same few queries for 5 proposals as for 29', async () => {
		const counting = countingDatabase(handle);
		const small = await loadYouSaidWeDid(counting.db, story.place, NOW);
		const smallQueries = counting.count();
		counting.reset();
		const big = await loadYouSaidWeDid(counting.db, bigStory.place, NOW);
		expect(small[0].proposals).toHaveLength(5);
		expect(big[0].proposals).toHaveLength(29);
		expect(counting.count()).toBe(smallQueries);
		expect(smallQueries).toBeLessThanOrEqual(9);
	});
});
