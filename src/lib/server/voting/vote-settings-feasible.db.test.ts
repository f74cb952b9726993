import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { contributions } from '../budget/budget.table';
import { cycles, phases } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { proposals } from '../proposals/proposals.table';
import { loadVoteSettings, updateVoteSettings } from './vote-settings';
import { insertPlace } from '../testing/places';

const now = new Date('2026-05-01T10:00:00Z');

describe.each(testDatabases())('vote settings a ballot could not meet, on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let userId: string;
	let cycle: { id: string; placeId: string };
	let emptyCycle: { id: string; placeId: string };
	let dearCycle: { id: string; placeId: string };
	const save = (target: { id: string; placeId: string }, settings: Record<string, unknown>) =>
		updateVoteSettings({ db: handle.db, now }, { cycle: target, settings, userId, actorLabel: 'lead@example.org' });

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'p' });
		[cycle, emptyCycle, dearCycle] = await db
			.insert(cycles)
			.values(['c', 'empty', 'dear'].map((slug) => ({ placeId: place.id, slug, title: { en: slug }, challenge: {}, status: 'active' as const })))
			.returning({ id: cycles.id, placeId: cycles.placeId });
		await db.insert(phases).values([
			{ placeId: place.id, cycleId: cycle.id, kind: 'test', position: 3 },
			{ placeId: place.id, cycleId: emptyCycle.id, kind: 'test', position: 3 },
			{ placeId: place.id, cycleId: dearCycle.id, kind: 'test', position: 3 }
		]);
		// £10,000 to spend; on the ballot, £2,000 + £4,000 (reviewed down from £5,000). The refused
		// proposal is not on the ballot, so its £9,000 does not count.
		await db.insert(contributions).values([
			{ placeId: place.id, cycleId: cycle.id, funderName: 'Council', amountMinor: 1_000_000 },
			{ placeId: place.id, cycleId: emptyCycle.id, funderName: 'Council', amountMinor: 1_000_000 },
			{ placeId: place.id, cycleId: dearCycle.id, funderName: 'Council', amountMinor: 1_000_000 }
		]);
		const base = { placeId: place.id, cycleId: cycle.id, summary: 's', reviewReason: 'ok' };
		await db.insert(proposals).values([
			{ ...base, number: 1, title: 'Benches', estimatedCostMinor: 200_000, status: 'feasible' },
			{ ...base, number: 2, title: 'Lights', estimatedCostMinor: 500_000, reviewedCostMinor: 400_000, status: 'feasible' },
			{ ...base, number: 3, title: 'Pool', estimatedCostMinor: 900_000, status: 'not_feasible' },
			// Checked as costing nothing: not on the ballot, so it is no third proposal to tick.
			{ ...base, number: 4, title: 'Litter pick', estimatedCostMinor: 10_000, reviewedCostMinor: 0, status: 'feasible' }
		]);
		// £10,000 to spend; two proposals of £6,000 and one of £12,000: 60% at most, and one never fits.
		const dear = { placeId: place.id, cycleId: dearCycle.id, summary: 's', reviewReason: 'ok', status: 'feasible' as const };
		await db.insert(proposals).values([
			{ ...dear, number: 1, title: 'Hall', estimatedCostMinor: 600_000 },
			{ ...dear, number: 2, title: 'Pitch', estimatedCostMinor: 600_000 }
		]);
		[{ id: userId }] = await db.insert(users).values({ email: 'lead@example.org' }).returning({ id: users.id });
	});
	afterAll(() => handle.close());

	it('refuses a knapsack minimum spend above what everything on the ballot costs, naming the largest percent', async () => {
		expect(await save(cycle, { ballotType: 'knapsack', knapsackMinSpendPercent: 70 })).toEqual({
			ok: false,
			error: 'impossible',
			fields: { knapsackMinSpendPercent: 'min_spend_impossible' },
			params: { largestPercent: 60 }
		});
		expect((await loadVoteSettings(handle.db, cycle))!.settings.ballotType).toBe('approval');
		expect(await save(cycle, { ballotType: 'knapsack', knapsackMinSpendPercent: 60 })).toMatchObject({ ok: true });
	});

	it('refuses an approval minimum above the number of proposals on the ballot, naming that number', async () => {
		expect(await save(cycle, { ballotType: 'approval', approvalMinChoices: 3 })).toEqual({
			ok: false,
			error: 'impossible',
			fields: { approvalMinChoices: 'min_choices_impossible' },
			params: { proposals: 2 }
		});
		expect(await save(cycle, { ballotType: 'approval', approvalMinChoices: 2 })).toMatchObject({ ok: true });
	});

	it('refuses a knapsack minimum that proposals reach together only by going over the money', async () => {
		// £6,000 + £6,000 is £12,000, more than 70% of £10,000 — but over the £10,000 too.
		expect(await save(dearCycle, { ballotType: 'knapsack', knapsackMinSpendPercent: 70 })).toEqual({
			ok: false,
			error: 'impossible',
			fields: { knapsackMinSpendPercent: 'min_spend_impossible' },
			params: { largestPercent: 60 }
		});
	});

	it('refuses a knapsack ballot where every proposal costs more than the money', async () => {
		await handle.db.update(proposals).set({ reviewedCostMinor: 1_200_000 }).where(eq(proposals.cycleId, dearCycle.id));
		expect(await save(dearCycle, { ballotType: 'knapsack', knapsackMinSpendPercent: 0 })).toEqual({ ok: false, error: 'impossible', fields: { ballotType: 'nothing_fits' }, params: {} });
		expect(await save(dearCycle, { ballotType: 'approval' })).toMatchObject({ ok: true });
	});

	it('does not refuse before any proposal is on the ballot, and says the check is still to come', async () => {
		expect((await loadVoteSettings(handle.db, emptyCycle))!.ballotKnown).toBe(false);
		expect((await loadVoteSettings(handle.db, cycle))!.ballotKnown).toBe(true);
		expect(await save(emptyCycle, { ballotType: 'knapsack', knapsackMinSpendPercent: 90 })).toMatchObject({ ok: true });
	});
});
