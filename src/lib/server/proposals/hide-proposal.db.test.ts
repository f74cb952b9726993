import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { flagProposal } from './flag-proposal';
import { hideProposal } from './hide-proposal';
import { findProposalByNumber, listCycleProposals } from './proposals.queries';
import { proposalFlags } from './proposals.table';
import { addPerson, during, recordingMailer, seedCoCreateCycle, someText } from '../testing/proposals';
import { submitProposal } from './submit-proposal';

describe.each(testDatabases())('moderating proposals on $name', ({ open }) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await open();
	});
	afterAll(() => handle.close());

	it('a hidden proposal shows only its published reason; the author is told and the place’s record says who', async () => {
		const { place, loadCycle } = await seedCoCreateCycle(handle.db);
		const cycle = await loadCycle();
		const author = await addPerson(handle.db, 'author@example.org');
		const moderator = await addPerson(handle.db, 'mod@example.org', { [place.id]: 'moderator' });
		const submitted = await submitProposal({ db: handle.db, now: during }, author, { ...someText('Rude words'), locationText: 'Outside no. 12', cycle, groupId: null, language: 'en' });
		if (!submitted.ok) throw new Error('refused');

		const reporter = await addPerson(handle.db, 'reporter@example.org');
		const target = { placeId: place.id, cycleId: cycle.id, proposalId: submitted.proposalId };
		await Promise.all([flagProposal({ db: handle.db, now: during }, reporter, target), flagProposal({ db: handle.db, now: during }, reporter, target)]);
		expect(await handle.db.select().from(proposalFlags)).toHaveLength(1);

		const mail = recordingMailer();
		const hidden = await hideProposal({ db: handle.db, mailer: mail.mailer, now: during }, moderator, { placeId: place.id, proposalId: submitted.proposalId, reason: 'it names a neighbour', locale: 'en' });
		expect(hidden).toEqual({ ok: true });
		expect(mail.sent).toEqual([expect.objectContaining({ to: 'author@example.org', purpose: 'proposal_hidden', text: expect.stringContaining('it names a neighbour') })]);

		const [card] = await listCycleProposals(handle.db, { placeId: place.id, cycleId: cycle.id, limit: 10 });
		expect(card).toMatchObject({ number: 1, title: '', summary: '', hiddenReason: 'it names a neighbour' });
		expect(await findProposalByNumber(handle.db, { placeId: place.id, cycleId: cycle.id, number: 1 })).toMatchObject({ title: '', details: '', locationText: null, hiddenReason: 'it names a neighbour' });
		const [event] = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'proposal.hidden'));
		expect(event).toMatchObject({ placeId: place.id, actorUserId: moderator.userId, subjectId: submitted.proposalId });

		// Hiding twice, or a proposal of another place, changes nothing.
		expect(await hideProposal({ db: handle.db, mailer: mail.mailer, now: during }, moderator, { placeId: place.id, proposalId: submitted.proposalId, reason: 'again', locale: 'en' })).toEqual({ ok: false, error: 'proposal_unknown' });
		expect(mail.sent).toHaveLength(1);
		expect(await flagProposal({ db: handle.db, now: during }, reporter, target)).toEqual({ ok: false, error: 'proposal_unknown' });
	});
});
