import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pots } from '../budget/budget.table';
import { cycles, phases } from '../cycles/cycles.table';
import type { Database, DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { deliveries, deliveryUpdates } from '../delivery/delivery.table';
import { proposals } from '../proposals/proposals.table';
import { decisionStatements } from '../decisions/decisions.table';
import { results } from '../results/results.table';
import { paperEntries } from '../voting/voting.table';
import { loadTeamHome } from './team-home.queries';
import { insertPlace } from '../testing/places';

const now = new Date('2026-06-10T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const hour = new Date('2026-06-10T09:00:00Z');

const addPlace = (db: Database, slug: string) => insertPlace(db, { slug, name: { en: slug } });

let cycleCount = 0;
async function addCycle(db: Database, placeId: string, slug: string, status: 'active' | 'paused' | 'finished' | 'cancelled' | 'draft', dates: Partial<Record<'discover' | 'co_create' | 'test' | 'implement', [Date | null, Date | null, Record<string, unknown>?]>>) {
	const [cycle] = await db.insert(cycles).values({ placeId, slug, title: { en: `Cycle ${slug}` }, challenge: {}, status, createdAt: daysAgo(500 - ++cycleCount) }).returning();
	const kinds = ['discover', 'co_create', 'test', 'implement'] as const;
	await db.insert(phases).values(
		kinds.map((kind, i) => ({ placeId, cycleId: cycle.id, kind, position: i + 1, opensAt: dates[kind]?.[0] ?? null, closesAt: dates[kind]?.[1] ?? null, settings: dates[kind]?.[2] ?? {} }))
	);
	return cycle;
}

let proposalNumber = 0;
async function addProposal(db: Database, cycle: { id: string; placeId: string }, status: 'submitted' | 'feasible', hidden = false) {
	const [proposal] = await db
		.insert(proposals)
		.values({
			placeId: cycle.placeId,
			cycleId: cycle.id,
			number: ++proposalNumber,
			title: 'Benches',
			summary: 'Benches by the brook.',
			estimatedCostMinor: 1_000_00,
			status,
			reviewReason: status === 'submitted' ? null : 'Fine.',
			hiddenAt: hidden ? daysAgo(1) : null,
			hiddenReason: hidden ? 'Off topic.' : null
		})
		.returning();
	return proposal;
}

async function addPaper(db: Database, cycle: { id: string; placeId: string }, serial: string, state: 'awaiting_check' | 'counted') {
	await db.insert(paperEntries).values({ placeId: cycle.placeId, cycleId: cycle.id, serial, state, choices: state === 'awaiting_check' ? { choices: [] } : null, enteredHour: hour });
}

describe.each(testDatabases())('the team’s home on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let placeId: string;
	let votedCycleId: string;

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await addPlace(db, 'home');
		placeId = place.id;

		// Co-create open now: two proposals wait for review (a hidden one does not), one paper waits for its check.
		const running = await addCycle(db, place.id, 'running', 'active', { co_create: [daysAgo(5), daysAgo(-20)], test: [daysAgo(-20), daysAgo(-40)] });
		await addProposal(db, running, 'submitted');
		await addProposal(db, running, 'submitted');
		await addProposal(db, running, 'submitted', true);
		await addProposal(db, running, 'feasible');
		await addPaper(db, running, 'A-1', 'awaiting_check');
		await addPaper(db, running, 'A-2', 'counted');

		// The vote has closed: pot "north" is counted with no statement yet, pot "south" is not counted.
		const voted = await addCycle(db, place.id, 'voted', 'active', { test: [daysAgo(60), daysAgo(30)], implement: [daysAgo(30), null, { updateEveryDays: 30 }] });
		votedCycleId = voted.id;
		const [north, south] = await db
			.insert(pots)
			.values([
				{ placeId: place.id, cycleId: voted.id, name: { en: 'North' }, description: {}, position: 1 },
				{ placeId: place.id, cycleId: voted.id, name: { en: 'South' }, description: {}, position: 2 }
			])
			.returning();
		const counted = { placeId: place.id, cycleId: voted.id, state: 'counted' as const, rule: 'greedy', completion: 'none', tieBreak: 'cost', budgetMinor: 10_000_00, selected: [], spentMinor: 0, countedAt: daysAgo(20) };
		await db.insert(results).values({ ...counted, potId: north.id });
		expect(south.id).toBeTruthy();
		// News promised every 30 days: one project's last news is 40 days old, one started 10 days ago, one is done.
		const [late, fresh, done] = [await addProposal(db, voted, 'feasible'), await addProposal(db, voted, 'feasible'), await addProposal(db, voted, 'feasible')];
		const [lateDelivery] = await db
			.insert(deliveries)
			.values([
				{ placeId: place.id, cycleId: voted.id, proposalId: late.id, budgetMinor: 1, status: 'in_progress', createdAt: daysAgo(50) },
				{ placeId: place.id, cycleId: voted.id, proposalId: fresh.id, budgetMinor: 1, status: 'planned', createdAt: daysAgo(10) },
				{ placeId: place.id, cycleId: voted.id, proposalId: done.id, budgetMinor: 1, status: 'done', statusReason: 'Built.', createdAt: daysAgo(90) }
			])
			.returning();
		await db.insert(deliveryUpdates).values({ placeId: place.id, deliveryId: lateDelivery.id, body: 'Started.', createdAt: daysAgo(40) });

		await addCycle(db, place.id, 'resting', 'paused', { discover: [daysAgo(10), daysAgo(-10)] });
		await addCycle(db, place.id, 'long-ago', 'finished', { discover: [daysAgo(400), daysAgo(300)] });
		await addCycle(db, place.id, 'called-off', 'cancelled', { discover: [daysAgo(10), daysAgo(-10)] });
		await addCycle(db, place.id, 'called-off-long-ago', 'cancelled', { discover: [daysAgo(400), daysAgo(300)] });

		// Another place's work never shows here.
		const other = await addPlace(db, 'elsewhere');
		const theirs = await addCycle(db, other.id, 'running', 'active', { co_create: [daysAgo(5), daysAgo(-20)] });
		await addProposal(db, theirs, 'submitted');
		await addPaper(db, theirs, 'B-1', 'awaiting_check');
	});
	afterAll(() => handle.close());

	it('counts the proposals waiting for review and the papers waiting for their second entry, in this place only', async () => {
		const home = await loadTeamHome(handle.db, { placeId, now });
		expect(home.waiting.proposalsToReview).toEqual([{ cycleSlug: 'running', cycleTitle: { en: 'Cycle running' }, count: 2 }]);
		expect(home.waiting.papersToCheck).toEqual([{ cycleSlug: 'running', cycleTitle: { en: 'Cycle running' }, count: 1 }]);
	});

	it('asks for vote settings to be put right when a vote to come has a ballot nobody could fill in under them', async () => {
		expect((await loadTeamHome(handle.db, { placeId, now })).waiting.voteSettingsToFix).toEqual([]);
		// As if proposals had left the ballot since the settings were saved: one is on it, three ticks are asked for.
		const running = (await handle.db.select().from(cycles).where(eq(cycles.slug, 'running'))).find((c) => c.placeId === placeId)!;
		const test = and(eq(phases.cycleId, running.id), eq(phases.kind, 'test'));
		await handle.db.update(phases).set({ settings: { approvalMinChoices: 3 } }).where(test);
		expect((await loadTeamHome(handle.db, { placeId, now })).waiting.voteSettingsToFix).toEqual([{ cycleSlug: 'running', cycleTitle: { en: 'Cycle running' }, count: 1 }]);
		await handle.db.update(phases).set({ settings: {} }).where(test);
	});

	it('asks for the count of each closed pot not yet counted, and a decision on each count without one', async () => {
		const home = await loadTeamHome(handle.db, { placeId, now });
		expect(home.waiting.countsToStart).toEqual([{ cycleSlug: 'voted', cycleTitle: { en: 'Cycle voted' }, count: 1 }]);
		expect(home.waiting.decisionsToPublish).toEqual([{ cycleSlug: 'voted', cycleTitle: { en: 'Cycle voted' }, count: 1 }]);
	});

	it('lists projects whose news is later than the place promised, and none when it promised nothing', async () => {
		expect((await loadTeamHome(handle.db, { placeId, now })).waiting.deliveriesWithoutNews).toEqual([{ cycleSlug: 'voted', cycleTitle: { en: 'Cycle voted' }, count: 1 }]);
		await handle.db.update(phases).set({ settings: {} }).where(eq(phases.cycleId, votedCycleId));
		expect((await loadTeamHome(handle.db, { placeId, now })).waiting.deliveriesWithoutNews).toEqual([]);
	});

	it('shows the cycles still running, paused or cancelled while running, newest first, but not finished ones or long-cancelled ones', async () => {
		const home = await loadTeamHome(handle.db, { placeId, now });
		expect(home.cycles.map((c) => [c.slug, c.status])).toEqual([
			['called-off', 'cancelled'],
			['resting', 'paused'],
			['voted', 'active'],
			['running', 'active']
		]);
		expect(home.cycles.find((c) => c.slug === 'running')!.phases.map((p) => p.kind)).toEqual(['discover', 'co_create', 'test', 'implement']);
	});

	it('once the decision is published and the pot counted, neither waits any more', async () => {
		const [north] = await handle.db.select().from(results).where(eq(results.cycleId, votedCycleId));
		await handle.db.insert(decisionStatements).values({ placeId, resultId: north.id, body: 'We agree.' });
		const south = (await handle.db.select().from(pots).where(eq(pots.cycleId, votedCycleId))).find((p) => p.position === 2)!;
		await handle.db.insert(results).values({ placeId, cycleId: votedCycleId, potId: south.id, state: 'counting', rule: 'greedy', completion: 'none', tieBreak: 'cost', budgetMinor: 1 });
		const home = await loadTeamHome(handle.db, { placeId, now });
		expect(home.waiting.countsToStart).toEqual([]);
		expect(home.waiting.decisionsToPublish).toEqual([]);
	});

	it('a place with no cycles has nothing waiting', async () => {
		const empty = await addPlace(handle.db, 'empty');
		expect(await loadTeamHome(handle.db, { placeId: empty.id, now })).toEqual({
			cycles: [],
			waiting: { proposalsToReview: [], papersToCheck: [], voteSettingsToFix: [], countsToStart: [], decisionsToPublish: [], deliveriesWithoutNews: [] }
		});
	});
});
