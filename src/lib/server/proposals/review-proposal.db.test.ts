import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { proposals } from './proposals.table';
import { results } from '../results/results.table';
import { addGroup, addPerson, during, recordingMailer, seedCoCreateCycle } from '../testing/proposals';
import { countMergedIn, listMergeTargets, reviewProposal, type ReviewDecision } from './review-proposal';

describe.each(testDatabases())('reviewing proposals on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let placeId: string;
	let cycleId: string;
	let lead: Person;
	let author: Person;
	let groupAdmin: Person;
	let otherPlaceProposalId: string;
	let nextNumber = 1;
	const mail = recordingMailer();

	const propose = async (title: string, extra: Partial<typeof proposals.$inferInsert> = {}) => {
		const [row] = await handle.db
			.insert(proposals)
			.values({ placeId, cycleId, number: nextNumber++, title, summary: `${title}.`, estimatedCostMinor: 900_00, authorUserId: author.userId, ...extra })
			.returning({ id: proposals.id, number: proposals.number });
		return row;
	};
	const review = (proposalId: string, decision: Partial<ReviewDecision> & Pick<ReviewDecision, 'status'>, place = placeId) =>
		reviewProposal({ db: handle.db, mailer: mail.mailer, now: during }, lead, {
			reviewedCostMinor: null,
			reason: null,
			mergedIntoProposalId: null,
			...decision,
			placeId: place,
			cycleId,
			proposalId,
			currency: 'GBP',
			locale: 'en'
		});
	const stored = async (id: string) => (await handle.db.select().from(proposals).where(eq(proposals.id, id)))[0];
	const auditOf = (id: string) => handle.db.select().from(auditEvents).where(eq(auditEvents.subjectId, id)).orderBy(auditEvents.sequence);

	beforeAll(async () => {
		handle = await open();
		const { place, loadCycle } = await seedCoCreateCycle(handle.db);
		placeId = place.id;
		cycleId = (await loadCycle()).id;
		lead = await addPerson(handle.db, 'lead@example.org', { [placeId]: 'lead' });
		author = await addPerson(handle.db, 'author@example.org');
		groupAdmin = await addPerson(handle.db, 'admin@example.org');
		const other = await seedCoCreateCycle(handle.db, {}, 'other');
		const [foreign] = await handle.db
			.insert(proposals)
			.values({ placeId: other.place.id, cycleId: (await other.loadCycle()).id, number: 1, title: 'Elsewhere', summary: 'S', estimatedCostMinor: 100 })
			.returning({ id: proposals.id });
		otherPlaceProposalId = foreign.id;
	});
	afterAll(() => handle.close());

	it('marks a proposal feasible with its checked cost and public reason, on the record, and tells the author', async () => {
		const benches = await propose('Benches on the brook path');
		mail.sent.length = 0;
		expect(await review(benches.id, { status: 'under_review' })).toEqual({ ok: true });
		expect(mail.sent).toEqual([]);
		expect(await review(benches.id, { status: 'feasible', reviewedCostMinor: 1_250_50, reason: 'The council will install them.' })).toEqual({ ok: true });
		expect(await stored(benches.id)).toMatchObject({ status: 'feasible', reviewedCostMinor: 1_250_50, reviewReason: 'The council will install them.', reviewedByUserId: lead.userId });
		const events = await auditOf(benches.id);
		expect(events.map((e) => [e.action, e.details.from, e.details.to])).toEqual([
			['proposal.reviewed', 'submitted', 'under_review'],
			['proposal.reviewed', 'under_review', 'feasible']
		]);
		expect(events[1].details).toMatchObject({ reason: 'The council will install them.', reviewedCostMinor: 1_250_50 });
		expect(mail.sent).toHaveLength(1);
		expect(mail.sent[0]).toMatchObject({ to: 'author@example.org', purpose: 'proposal_reviewed' });
		expect(mail.sent[0].text).toContain('£1,250.50');
		expect(mail.sent[0].text).toContain('The council will install them.');
	});

	it('refuses an outcome without a reason, and feasible without a cost, changing nothing', async () => {
		const lights = await propose('Lights on the path');
		expect(await review(lights.id, { status: 'not_feasible', reason: '  ' })).toEqual({ ok: false, error: 'review_reason_missing' });
		expect(await review(lights.id, { status: 'feasible', reason: 'Fine' })).toEqual({ ok: false, error: 'review_cost_missing' });
		expect(await stored(lights.id)).toMatchObject({ status: 'submitted', reviewReason: null });
		expect(await auditOf(lights.id)).toEqual([]);
		// The database holds the rule too, whoever writes.
		await expect(handle.db.execute(sql`update proposals set status = 'not_feasible' where id = ${lights.id}`)).rejects.toThrow();
	});

	it('revises an outcome only with a new reason, and says so on the record and by email', async () => {
		const shelter = await propose('Youth shelter');
		await review(shelter.id, { status: 'feasible', reviewedCostMinor: 8_000_00, reason: 'Within budget.' });
		mail.sent.length = 0;
		expect(await review(shelter.id, { status: 'not_feasible', reason: 'Within budget.' })).toEqual({ ok: false, error: 'review_reason_unchanged' });
		expect(await review(shelter.id, { status: 'not_feasible', reason: 'The land belongs to the railway, which said no.' })).toEqual({ ok: true });
		expect(await stored(shelter.id)).toMatchObject({ status: 'not_feasible', reviewReason: 'The land belongs to the railway, which said no.' });
		expect((await auditOf(shelter.id)).map((e) => e.details.to)).toEqual(['feasible', 'not_feasible']);
		expect(mail.sent.map((m) => m.text)).toEqual([expect.stringContaining('railway')]);
	});

	it('merges into another live proposal of the cycle, never into itself, a merged one, or another place’s', async () => {
		const garden = await propose('Community garden');
		const beds = await propose('Raised beds');
		const herbs = await propose('Herb planters');
		expect(await review(beds.id, { status: 'merged', reason: 'Same idea', mergedIntoProposalId: beds.id })).toEqual({ ok: false, error: 'review_merge_target_unknown' });
		expect(await review(beds.id, { status: 'merged', reason: 'Same idea', mergedIntoProposalId: otherPlaceProposalId })).toEqual({ ok: false, error: 'review_merge_target_unknown' });
		expect(await review(beds.id, { status: 'merged', reason: 'Same idea' })).toEqual({ ok: false, error: 'review_merge_target_missing' });
		expect(await review(beds.id, { status: 'merged', reason: 'Same place, same people.', mergedIntoProposalId: garden.id })).toEqual({ ok: true });
		expect(await stored(beds.id)).toMatchObject({ status: 'merged', mergedIntoProposalId: garden.id });
		expect((await auditOf(beds.id))[0].details).toMatchObject({ to: 'merged', mergedIntoNumber: garden.number });
		// Beds is merged away: nothing may join it, and the garden it joined may not itself be merged away.
		expect(await review(herbs.id, { status: 'merged', reason: 'x', mergedIntoProposalId: beds.id })).toEqual({ ok: false, error: 'review_merge_target_merged' });
		expect(await review(garden.id, { status: 'merged', reason: 'x', mergedIntoProposalId: herbs.id })).toEqual({ ok: false, error: 'review_has_merged_in' });
		const targets = await listMergeTargets(handle.db, { placeId, cycleId, proposalId: herbs.id });
		expect(targets.map((t) => t.id)).toContain(garden.id);
		expect(targets.map((t) => t.id)).not.toContain(beds.id);
		expect(targets.map((t) => t.id)).not.toContain(herbs.id);
		expect(await countMergedIn(handle.db, { placeId, proposalId: garden.id })).toBe(1);
		// Un-merging (a revised outcome) clears the link.
		expect(await review(beds.id, { status: 'under_review' })).toEqual({ ok: true });
		expect(await stored(beds.id)).toMatchObject({ status: 'under_review', mergedIntoProposalId: null });
	});

	it('refuses another place’s proposal, and hidden ones', async () => {
		expect(await review(otherPlaceProposalId, { status: 'under_review' })).toEqual({ ok: false, error: 'proposal_unknown' });
		const hidden = await propose('Rude', { hiddenAt: during, hiddenReason: 'abusive' });
		expect(await review(hidden.id, { status: 'not_feasible', reason: 'No' })).toEqual({ ok: false, error: 'review_proposal_hidden' });
		expect(await auditOf(otherPlaceProposalId)).toEqual([]);
	});

	it('tells the person who submitted a group’s proposal and the group’s admins, once each', async () => {
		const group = await addGroup(handle.db, 'youth', [groupAdmin, author]);
		const clubhouse = await propose('Clubhouse evenings', { groupId: group.id });
		mail.sent.length = 0;
		expect(await review(clubhouse.id, { status: 'not_feasible', reason: 'Nobody can hold the keys.' })).toEqual({ ok: true });
		expect(mail.sent.map((m) => m.to)).toEqual(['admin@example.org', 'author@example.org']);
	});

	it('closes the review once the votes the proposal stood in are counted: a change then is a change after the vote', async () => {
		const counted = await seedCoCreateCycle(handle.db, {}, 'counted');
		const countedCycle = await counted.loadCycle();
		const [funded] = await handle.db
			.insert(proposals)
			.values({ placeId: counted.place.id, cycleId: countedCycle.id, number: 1, title: 'Lights', summary: 'Lights.', estimatedCostMinor: 500_00, status: 'feasible', reviewReason: 'Costed by the council.', reviewedCostMinor: 500_00 })
			.returning({ id: proposals.id });
		await handle.db.insert(results).values({ placeId: counted.place.id, cycleId: countedCycle.id, potId: null, state: 'counted', rule: 'greedy', completion: 'none', tieBreak: 'min-cost-then-votes', budgetMinor: 1000_00, selected: [funded.id], spentMinor: 500_00, countedAt: during });
		const refused = await reviewProposal({ db: handle.db, mailer: mail.mailer, now: during }, lead, {
			status: 'not_feasible',
			reviewedCostMinor: null,
			reason: 'Changed our minds.',
			mergedIntoProposalId: null,
			placeId: counted.place.id,
			cycleId: countedCycle.id,
			proposalId: funded.id,
			currency: 'GBP',
			locale: 'en'
		});
		expect(refused).toEqual({ ok: false, error: 'review_after_count' });
		expect(await stored(funded.id)).toMatchObject({ status: 'feasible', reviewReason: 'Costed by the council.' });
	});
});
