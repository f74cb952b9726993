import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { loadCycleBudget } from './budget.queries';
import { proposals } from '../proposals/proposals.table';
import { hourOf } from '../voting/cast-ballot';
import { participations } from '../voting/voting.table';
import { contributions } from './budget.table';
import { addContribution, allocateToPot, createPot, removeContribution, removePot } from './change-budget';
import { insertPlace } from '../testing/places';

const now = new Date('2026-05-01T10:00:00Z');

describe.each(testDatabases())('pooled budgets on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let lead: Person;
	let cycle: { id: string; placeId: string };
	let otherCycle: { id: string; placeId: string };
	const deps = () => ({ db: handle.db, now });

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'p' });
		[cycle, otherCycle] = await db
			.insert(cycles)
			.values([
				{ placeId: place.id, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' },
				{ placeId: place.id, slug: 'd', title: { en: 'D' }, challenge: {}, status: 'active' }
			])
			.returning({ id: cycles.id, placeId: cycles.placeId });
		const [user] = await db.insert(users).values({ email: 'lead@example.org' }).returning();
		lead = { kind: 'person', userId: user.id, email: user.email, displayName: null, isSteward: false, roles: { [place.id]: 'lead' } };
	});
	afterAll(() => handle.close());

	it('pools money from several funders, ring-fences some to a pot, and shares out the rest', async () => {
		expect(await createPot(deps(), lead, cycle, { name: { en: 'North' }, description: { en: '' }, allocatedMinor: 0 })).toEqual({ ok: true });
		expect(await createPot(deps(), lead, cycle, { name: { en: 'South' }, description: { en: '' }, allocatedMinor: 0 })).toEqual({ ok: true });
		const [north, south] = (await loadCycleBudget(handle.db, cycle)).pots;
		await addContribution(deps(), lead, cycle, { funderName: 'Housing association', amountMinor: 3_000_000, note: null, potId: null });
		await addContribution(deps(), lead, cycle, { funderName: 'Health board', amountMinor: 500_000, note: 'For active travel', potId: north.id });
		expect(await allocateToPot(deps(), lead, cycle, { potId: north.id, allocatedMinor: 1_000_000 })).toEqual({ ok: true });
		expect(await allocateToPot(deps(), lead, cycle, { potId: south.id, allocatedMinor: 2_000_000 })).toEqual({ ok: true });
		const budget = await loadCycleBudget(handle.db, cycle);
		expect(budget.sums).toMatchObject({ totalMinor: 3_500_000, unallocatedMinor: 0 });
		expect(budget.sums.pots.map((pot) => pot.totalMinor)).toEqual([1_500_000, 2_000_000]);
		// Both were recorded at the same instant here, so their order is not the point.
		expect(budget.contributions.map((c) => c.funderName).sort()).toEqual(['Health board', 'Housing association']);
	});

	it('refuses to give pots more than funders put in, or to take away money already shared out, changing nothing', async () => {
		const before = await loadCycleBudget(handle.db, cycle);
		const [north] = before.pots;
		expect(await allocateToPot(deps(), lead, cycle, { potId: north.id, allocatedMinor: 1_000_001 })).toEqual({ ok: false, error: 'over_allocated', overMinor: 1 });
		const open = before.contributions.find((c) => c.potId === null)!;
		expect(await removeContribution(deps(), lead, cycle, { contributionId: open.id })).toEqual({ ok: false, error: 'over_allocated', overMinor: 3_000_000 });
		expect(await loadCycleBudget(handle.db, cycle)).toEqual(before);
	});

	it('never ring-fences money to another cycle’s pot, nor changes another cycle’s pot', async () => {
		const [north] = (await loadCycleBudget(handle.db, cycle)).pots;
		expect(await addContribution(deps(), lead, otherCycle, { funderName: 'Council', amountMinor: 100, note: null, potId: north.id })).toEqual({ ok: false, error: 'pot_unknown' });
		expect(await allocateToPot(deps(), lead, otherCycle, { potId: north.id, allocatedMinor: 0 })).toEqual({ ok: false, error: 'pot_unknown' });
		expect(await handle.db.select().from(contributions).where(eq(contributions.cycleId, otherCycle.id))).toEqual([]);
	});

	it('keeps the pots within the money when two team members share it out at once', async () => {
		const { pots } = await loadCycleBudget(handle.db, cycle);
		await allocateToPot(deps(), lead, cycle, { potId: pots[0].id, allocatedMinor: 0 });
		await allocateToPot(deps(), lead, cycle, { potId: pots[1].id, allocatedMinor: 0 });
		// Each alone fits; both together would not. One wins, the other is told.
		const results = await Promise.all([
			allocateToPot(deps(), lead, cycle, { potId: pots[0].id, allocatedMinor: 2_000_000 }),
			allocateToPot(deps(), lead, cycle, { potId: pots[1].id, allocatedMinor: 2_000_000 })
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect((await loadCycleBudget(handle.db, cycle)).sums.unallocatedMinor).toBe(1_000_000);
	});

	it('writes every change to the place’s audit record', async () => {
		const events = await handle.db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.placeId, cycle.placeId)));
		expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['budget.pot_created', 'budget.contribution_added', 'budget.pot_allocated']));
		expect(events.filter((e) => e.action === 'budget.contribution_removed')).toEqual([]);
	});

	it('removes a pot and puts its proposals back to “no pot”, but not while money is ring-fenced to it', async () => {
		await createPot(deps(), lead, cycle, { name: { en: 'Spare' }, description: {}, allocatedMinor: 0 });
		const { pots } = await loadCycleBudget(handle.db, cycle);
		const [north, , spare] = pots;
		const [proposal] = await handle.db
			.insert(proposals)
			.values({ placeId: cycle.placeId, cycleId: cycle.id, number: 1, title: 'Benches', summary: '', estimatedCostMinor: 100, status: 'feasible', reviewReason: 'Fine.', potId: spare.id })
			.returning({ id: proposals.id });
		expect(await removePot(deps(), lead, cycle, { potId: spare.id })).toEqual({ ok: true });
		expect((await loadCycleBudget(handle.db, cycle)).pots.map((pot) => pot.name.en)).toEqual(['North', 'South']);
		const [after] = await handle.db.select({ potId: proposals.potId }).from(proposals).where(eq(proposals.id, proposal.id));
		expect(after.potId).toBeNull();
		const [event] = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, cycle.placeId), eq(auditEvents.action, 'budget.pot_removed')));
		expect(event.details).toMatchObject({ name: { en: 'Spare' }, unassignedProposals: [proposal.id] });

		expect(await removePot(deps(), lead, cycle, { potId: north.id })).toEqual({ ok: false, error: 'pot_has_contributions' });
		expect(await removePot(deps(), lead, otherCycle, { potId: north.id })).toEqual({ ok: false, error: 'pot_unknown' });
	});

	it('refuses to remove a pot once anyone has voted in the cycle', async () => {
		const [, south] = (await loadCycleBudget(handle.db, cycle)).pots;
		await handle.db.insert(participations).values({ placeId: cycle.placeId, cycleId: cycle.id, potId: south.id, voterKey: `user:${lead.userId}`, channel: 'online', votedHour: hourOf(now) });
		expect(await removePot(deps(), lead, cycle, { potId: south.id })).toEqual({ ok: false, error: 'pot_has_votes' });
		expect((await loadCycleBudget(handle.db, cycle)).pots).toHaveLength(2);
	});
});
