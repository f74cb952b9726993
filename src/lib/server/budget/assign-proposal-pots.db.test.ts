import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { proposals } from '../proposals/proposals.table';
import { hourOf } from '../voting/cast-ballot';
import { participations } from '../voting/voting.table';
import { assignProposalPots, listFeasibleProposalPots } from './assign-proposal-pots';
import { pots } from './budget.table';
import { insertPlace } from '../testing/places';

const now = new Date('2026-05-01T10:00:00Z');
type CycleRef = { id: string; placeId: string };

describe.each(testDatabases())('assigning proposals to pots on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let userId: string;
	let cycle: CycleRef;
	let otherCycle: CycleRef;
	let north: string;
	let south: string;
	let otherPot: string;
	let teenRoom: string;
	let teaMornings: string;
	let notFeasible: string;
	let otherProposal: string;
	const assign = (target: CycleRef, assignments: { proposalId: string; potId: string | null }[]) => assignProposalPots({ db: handle.db, now }, { cycle: target, assignments, userId });
	const potsOf = async () => Object.fromEntries((await listFeasibleProposalPots(handle.db, cycle)).map((p) => [p.id, p.potId]));

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'p' });
		[cycle, otherCycle] = await db
			.insert(cycles)
			.values(['c', 'd'].map((slug) => ({ placeId: place.id, slug, title: { en: slug }, challenge: {}, status: 'active' as const })))
			.returning({ id: cycles.id, placeId: cycles.placeId });
		[{ id: north }, { id: south }, { id: otherPot }] = await db
			.insert(pots)
			.values([
				{ placeId: place.id, cycleId: cycle.id, name: { en: 'North' }, description: {}, position: 1 },
				{ placeId: place.id, cycleId: cycle.id, name: { en: 'South' }, description: {}, position: 2 },
				{ placeId: place.id, cycleId: otherCycle.id, name: { en: 'Elsewhere' }, description: {}, position: 1 }
			])
			.returning({ id: pots.id });
		const proposal = (target: CycleRef, number: number, status: 'feasible' | 'not_feasible') => ({
			placeId: target.placeId,
			cycleId: target.id,
			number,
			title: `Proposal ${number}`,
			summary: '',
			estimatedCostMinor: 100_00,
			status,
			reviewedCostMinor: 100_00,
			reviewReason: 'Checked.'
		});
		[{ id: teenRoom }, { id: teaMornings }, { id: notFeasible }, { id: otherProposal }] = await db
			.insert(proposals)
			.values([proposal(cycle, 1, 'feasible'), proposal(cycle, 2, 'feasible'), proposal(cycle, 3, 'not_feasible'), proposal(otherCycle, 1, 'feasible')])
			.returning({ id: proposals.id });
		[{ id: userId }] = await db.insert(users).values({ email: 'lead@example.org' }).returning({ id: users.id });
	});
	afterAll(() => handle.close());

	it('lists only the proposals that go to the vote', async () => {
		expect((await listFeasibleProposalPots(handle.db, cycle)).map((p) => p.id)).toEqual([teenRoom, teaMornings]);
		expect(notFeasible).toBeTruthy();
	});

	it('puts proposals on pots’ ballots, takes one off again, and records each move', async () => {
		expect(await assign(cycle, [{ proposalId: teenRoom, potId: north }, { proposalId: teaMornings, potId: south }])).toEqual({ ok: true, moved: 2 });
		expect(await potsOf()).toEqual({ [teenRoom]: north, [teaMornings]: south });
		expect(await assign(cycle, [{ proposalId: teenRoom, potId: north }, { proposalId: teaMornings, potId: null }])).toEqual({ ok: true, moved: 1 });
		expect(await potsOf()).toEqual({ [teenRoom]: north, [teaMornings]: null });
		const events = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.placeId, cycle.placeId), eq(auditEvents.action, 'budget.proposal_pots_assigned')));
		const [first, second] = events.sort((a, b) => a.sequence - b.sequence).map((e) => e.details.moves);
		expect(first).toHaveLength(2);
		expect(first).toEqual(expect.arrayContaining([{ proposalId: teenRoom, from: null, to: north }, { proposalId: teaMornings, from: null, to: south }]));
		expect(second).toEqual([{ proposalId: teaMornings, from: south, to: null }]);
	});

	it('refuses another cycle’s pot or proposal, and writes nothing', async () => {
		const before = await potsOf();
		expect(await assign(cycle, [{ proposalId: teaMornings, potId: south }, { proposalId: teenRoom, potId: otherPot }])).toEqual({ ok: false, error: 'pot_unknown' });
		expect(await assign(cycle, [{ proposalId: teaMornings, potId: south }, { proposalId: otherProposal, potId: north }])).toEqual({ ok: false, error: 'proposal_unknown' });
		expect(await assign(otherCycle, [{ proposalId: otherProposal, potId: north }])).toEqual({ ok: false, error: 'pot_unknown' });
		expect(await potsOf()).toEqual(before);
	});

	it('refuses to move a proposal once anyone has voted in the cycle', async () => {
		await handle.db.insert(participations).values({ placeId: cycle.placeId, cycleId: cycle.id, potId: north, voterKey: `user:${userId}`, channel: 'online', votedHour: hourOf(now) });
		const before = await potsOf();
		expect(await assign(cycle, [{ proposalId: teaMornings, potId: north }])).toEqual({ ok: false, error: 'votes_cast' });
		expect(await potsOf()).toEqual(before);
		// Another cycle's vote is its own: nothing stops this one.
		expect(await assign(otherCycle, [{ proposalId: otherProposal, potId: otherPot }])).toEqual({ ok: true, moved: 1 });
	});
});
