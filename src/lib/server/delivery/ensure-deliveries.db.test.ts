import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { seedCountedPlace } from '../testing/delivery';
import { resultChanges } from '../decisions/decisions.table';
import { results } from '../results/results.table';
import { deliveries } from './delivery.table';
import { ensureDeliveries } from './ensure-deliveries';

const now = new Date('2026-03-10T12:00:00Z');

describe.each(testDatabases())('deliveries for funded proposals on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let here: Awaited<ReturnType<typeof seedCountedPlace>>;

	beforeAll(async () => {
		handle = await open();
		here = await seedCountedPlace(handle.db, 'here');
	});
	afterAll(() => handle.close());

	it('makes one planned delivery per funded proposal, budgeted at the cost residents voted on, and none twice', async () => {
		// Three visitors open the page at once after the count.
		const created = await Promise.all([1, 2, 3].map(() => ensureDeliveries({ db: handle.db, now }, here.cycle)));
		expect(created.reduce((a, b) => a + b, 0)).toBe(2);
		expect(await ensureDeliveries({ db: handle.db, now }, here.cycle)).toBe(0);

		const rows = await handle.db.select().from(deliveries).where(eq(deliveries.placeId, here.place.id));
		const [lights, , bags, elsewhere] = here.proposalIds;
		// Not the unfunded benches, nor a proposal a failed count of another cycle names.
		expect(rows.map((row) => row.proposalId).sort()).toEqual([lights, bags].sort());
		expect(rows.map((row) => row.proposalId)).not.toContain(elsewhere);
		// The reviewed cost when there is one (lights), else the estimate (bags).
		expect(Object.fromEntries(rows.map((row) => [row.proposalId, [row.status, row.budgetMinor]]))).toEqual({ [lights]: ['planned', 450_050], [bags]: ['planned', 240_000] });
	});

	it('moves a delivery’s budget to the newest cost the team recorded as changed after the vote, and only that delivery’s', async () => {
		await ensureDeliveries({ db: handle.db, now }, here.cycle);
		const [lights, , bags] = here.proposalIds;
		const [result] = await handle.db.select({ id: results.id }).from(results).where(eq(results.cycleId, here.cycle.id));
		const change = (amountMinor: number, day: number) => ({ placeId: here.place.id, resultId: result.id, kind: 'cost_changed' as const, proposalId: lights, amountMinor, reason: 'The quote went up.', createdAt: new Date(Date.UTC(2026, 2, day)) });
		await handle.db.insert(resultChanges).values([change(500_000, 11), change(520_000, 12)]);
		expect(await ensureDeliveries({ db: handle.db, now }, here.cycle)).toBe(0);
		const budgets = async () => Object.fromEntries((await handle.db.select().from(deliveries).where(eq(deliveries.placeId, here.place.id))).map((row) => [row.proposalId, row.budgetMinor]));
		expect(await budgets()).toEqual({ [lights]: 520_000, [bags]: 240_000 });
		// A money move names no new cost: budgets stay.
		await handle.db.insert(resultChanges).values({ placeId: here.place.id, resultId: result.id, kind: 'money_moved', proposalId: lights, toProposalId: bags, amountMinor: 1, reason: 'Next in line.' });
		await ensureDeliveries({ db: handle.db, now }, here.cycle);
		expect(await budgets()).toEqual({ [lights]: 520_000, [bags]: 240_000 });
	});

	it('makes nothing for a cycle that has not been counted', async () => {
		expect(await ensureDeliveries({ db: handle.db, now }, { id: '00000000-0000-4000-8000-000000000001', placeId: here.place.id })).toBe(0);
	});
});
