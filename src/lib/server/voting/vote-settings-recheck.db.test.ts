import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../auth/actor';
import { assignProposalPots } from '../budget/assign-proposal-pots';
import { contributions, pots } from '../budget/budget.table';
import { findPublishedCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import { cycles, phases } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { reviewProposal, type ReviewDecision } from '../proposals/review-proposal';
import { proposals } from '../proposals/proposals.table';
import { testDatabases } from '../testing/databases';
import { insertPlace } from '../testing/places';
import { addPerson, recordingMailer } from '../testing/proposals';
import { checkBallot, loadPotBallot } from './check-ballot';
import { findVoteSettingsMisfit, loadVoteSettings, updateVoteSettings } from './vote-settings';
import { loadBallotPaper } from './voting.queries';

const now = new Date('2026-06-10T12:00:00Z');
const form = (fields: [string, string][]) => {
	const data = new FormData();
	for (const [name, value] of fields) data.append(name, value);
	return data;
};

/*
 * Two pots of £5,000. Green: benches £2,000, lights £2,500, and trees the team checked as costing
 * nothing. Play: swings £3,000, slide £1,000, see-saw £500. Each test starts from that ballot and
 * changes it the way a team does (a review, a move between pots), then asks whether the saved
 * settings still fit.
 */
describe.each(testDatabases())('vote settings checked again when a ballot changes, on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let placeId: string;
	let cycleRef: { id: string; placeId: string };
	let lead: Person;
	let green: string;
	let play: string;
	const ids: Record<string, string> = {};
	const start: Record<string, { pot: () => string; costMinor: number }> = {
		Benches: { pot: () => green, costMinor: 200_000 },
		Lights: { pot: () => green, costMinor: 250_000 },
		Trees: { pot: () => green, costMinor: 0 },
		Swings: { pot: () => play, costMinor: 300_000 },
		Slide: { pot: () => play, costMinor: 100_000 },
		Seesaw: { pot: () => play, costMinor: 50_000 }
	};
	const cycle = async (): Promise<CycleWithPhases> => (await findPublishedCycle(handle.db, placeId, 'c'))!;
	const save = (settings: Record<string, unknown>) => updateVoteSettings({ db: handle.db, now }, { cycle: cycleRef, settings, userId: lead.userId });
	const review = (title: string, decision: Partial<ReviewDecision> & Pick<ReviewDecision, 'status'>) =>
		reviewProposal({ db: handle.db, mailer: recordingMailer().mailer, now }, lead, {
			reviewedCostMinor: null,
			reason: 'Checked with the council.',
			mergedIntoProposalId: null,
			...decision,
			placeId,
			cycleId: cycleRef.id,
			proposalId: ids[title],
			currency: 'GBP',
			locale: 'en'
		});

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'p' });
		placeId = place.id;
		const [c] = await db.insert(cycles).values({ placeId, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning();
		cycleRef = { id: c.id, placeId };
		await db.insert(phases).values({ placeId, cycleId: c.id, kind: 'test', position: 1, opensAt: new Date('2026-06-01T00:00:00Z'), closesAt: new Date('2026-06-30T00:00:00Z') });
		[{ id: green }, { id: play }] = await db
			.insert(pots)
			.values([
				{ placeId, cycleId: c.id, name: { en: 'Green' }, description: {}, position: 0 },
				{ placeId, cycleId: c.id, name: { en: 'Play' }, description: {}, position: 1 }
			])
			.returning({ id: pots.id });
		await db.insert(contributions).values([
			{ placeId, cycleId: c.id, funderName: 'Council', amountMinor: 500_000, potId: green },
			{ placeId, cycleId: c.id, funderName: 'Trust', amountMinor: 500_000, potId: play }
		]);
		let number = 1;
		for (const [title, { pot, costMinor }] of Object.entries(start)) {
			const [row] = await db
				.insert(proposals)
				.values({ placeId, cycleId: c.id, number: number++, title, summary: 's', estimatedCostMinor: costMinor || 10_000, reviewedCostMinor: costMinor, status: 'feasible', reviewReason: 'ok', potId: pot() })
				.returning({ id: proposals.id });
			ids[title] = row.id;
		}
		lead = await addPerson(db, 'lead@example.org', { [placeId]: 'lead' });
	});
	beforeEach(async () => {
		for (const [title, { pot, costMinor }] of Object.entries(start)) {
			await handle.db.update(proposals).set({ status: 'feasible', reviewReason: 'ok', reviewedCostMinor: costMinor, potId: pot() }).where(and(eq(proposals.id, ids[title]), eq(proposals.placeId, placeId)));
		}
		await handle.db.update(phases).set({ settings: {} }).where(eq(phases.cycleId, cycleRef.id));
	});
	afterAll(() => handle.close());

	it('keeps a proposal checked as costing nothing off the ballot, so it counts for nothing the settings ask', async () => {
		const paper = await loadBallotPaper(handle.db, cycleRef, green);
		expect(paper.items.map((item) => item.title)).toEqual(['Benches', 'Lights']);
		// Green has two proposals that need money, not three.
		expect(await save({ ballotType: 'approval', approvalMinChoices: 3 })).toMatchObject({ ok: false, fields: { approvalMinChoices: 'min_choices_impossible' }, params: { proposals: 2 } });
	});

	it('refuses a knapsack ballot where some choice of proposals cost enough together but none fits the money', async () => {
		// Play: £3,000 + £1,000 + £500 = £4,500 at most without going over £5,000 — 90%; Green 90% too.
		await review('Slide', { status: 'feasible', reviewedCostMinor: 250_000 });
		// Play is now £3,000, £2,500, £500: £3,500 or £5,500 and more, so 80% (£4,000) cannot be met.
		expect(await save({ ballotType: 'knapsack', knapsackMinSpendPercent: 80 })).toMatchObject({ ok: false, fields: { knapsackMinSpendPercent: 'min_spend_impossible' }, params: { largestPercent: 70 } });
	});

	it('tells the team, and keeps that pot’s ballot closed on every channel, when a proposal found not feasible leaves it', async () => {
		expect(await save({ ballotType: 'approval', approvalMinChoices: 2 })).toMatchObject({ ok: true });
		expect(await findVoteSettingsMisfit(handle.db, cycleRef)).toBeNull();
		expect(await review('Lights', { status: 'not_feasible' })).toEqual({ ok: true });

		expect((await loadVoteSettings(handle.db, cycleRef))!.misfit).toEqual({ feasible: false, field: 'approvalMinChoices', code: 'min_choices_impossible', params: { proposals: 1 } });
		expect(await loadPotBallot(handle.db, await cycle(), now, green)).toMatchObject({ open: false, misfit: { code: 'min_choices_impossible' } });
		expect(await loadPotBallot(handle.db, await cycle(), now, play)).toMatchObject({ open: true });
		const voter = { kind: 'user' as const, userId: randomUUID() };
		expect(await checkBallot({ db: handle.db, now }, voter, await cycle(), form([['pot', green], ['choice', ids.Benches]]))).toEqual({ ok: false, status: 'voting_closed' });

		// Putting the settings right opens it again.
		expect(await save({ ballotType: 'approval', approvalMinChoices: 1 })).toMatchObject({ ok: true });
		expect(await findVoteSettingsMisfit(handle.db, cycleRef)).toBeNull();
		expect(await loadPotBallot(handle.db, await cycle(), now, green)).toMatchObject({ open: true });
	});

	it('tells the team when moving a proposal to another pot leaves a ballot that cannot spend its minimum', async () => {
		expect(await save({ ballotType: 'knapsack', knapsackMinSpendPercent: 80 })).toMatchObject({ ok: true });
		expect(await assignProposalPots({ db: handle.db, now }, { cycle: cycleRef, assignments: [{ proposalId: ids.Lights, potId: play }], userId: lead.userId })).toEqual({ ok: true, moved: 1 });
		// Green keeps only the £2,000 benches: 40% of its £5,000.
		expect(await findVoteSettingsMisfit(handle.db, cycleRef)).toMatchObject({ field: 'knapsackMinSpendPercent', code: 'min_spend_impossible', params: { largestPercent: 40 } });
		expect(await loadPotBallot(handle.db, await cycle(), now, green)).toMatchObject({ open: false });
	});

	it('tells the team when a cost changed in review puts every proposal of a pot beyond its money', async () => {
		expect(await save({ ballotType: 'knapsack' })).toMatchObject({ ok: true });
		for (const title of ['Swings', 'Slide', 'Seesaw']) expect(await review(title, { status: 'feasible', reviewedCostMinor: 600_000, reason: 'Dearer.' })).toEqual({ ok: true });
		expect(await findVoteSettingsMisfit(handle.db, cycleRef)).toMatchObject({ field: 'ballotType', code: 'nothing_fits' });
		expect(await loadPotBallot(handle.db, await cycle(), now, play)).toMatchObject({ open: false });
		// Choosing a ballot that does not add up costs puts it right.
		expect(await save({ ballotType: 'approval' })).toMatchObject({ ok: true });
		expect(await loadPotBallot(handle.db, await cycle(), now, play)).toMatchObject({ open: true });
	});
});
