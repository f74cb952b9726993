import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { acceptCoauthorInvitation } from './accept-coauthor-invitation';
import { editProposal } from './edit-proposal';
import { inviteCoauthor } from './invite-coauthor';
import { findEditorUserIds, listCoauthors } from './proposal-editors.queries';
import { proposalCoauthors } from './proposals.table';
import { addPerson, during, recordingMailer, seedCoCreateCycle, someText } from '../testing/proposals';
import { submitProposal } from './submit-proposal';

const linkIn = (text: string) => text.match(/\/proposal-invitations\/([a-z0-9]+)/)![1];

describe.each(testDatabases())('co-authors on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let author: Person;
	let friend: Person;
	let setup: Awaited<ReturnType<typeof seedCoCreateCycle>>;
	let proposalId: string;

	beforeAll(async () => {
		handle = await open();
		setup = await seedCoCreateCycle(handle.db);
		author = await addPerson(handle.db, 'author@example.org', {}, 'Aled');
		friend = await addPerson(handle.db, 'friend@example.org', {}, 'Bethan');
		const result = await submitProposal({ db: handle.db, now: during }, author, { ...someText('Community fridge'), cycle: await setup.loadCycle(), groupId: null, language: 'en' });
		if (!result.ok) throw new Error('refused');
		proposalId = result.proposalId;
	});
	afterAll(() => handle.close());

	const invite = async (email: string, mail = recordingMailer(), db = handle.db) =>
		({ mail, result: await inviteCoauthor({ db, mailer: mail.mailer, now: during, origin: 'https://pc.example' }, author, { place: setup.place, cycle: await setup.loadCycle(), proposalId, email, locale: 'en' }) });

	it('emails a link whose token is not stored, and the invited person becomes an editor on accepting', async () => {
		const { mail, result } = await invite('Friend@Example.org');
		expect(result).toEqual({ ok: true });
		expect(mail.sent).toHaveLength(1);
		expect(mail.sent[0]).toMatchObject({ to: 'friend@example.org', purpose: 'proposal_coauthor_invitation' });
		const token = linkIn(mail.sent[0].text);
		const stored = await handle.db.select().from(proposalCoauthors).where(eq(proposalCoauthors.proposalId, proposalId));
		expect(JSON.stringify(stored)).not.toContain(token);

		const stranger = await addPerson(handle.db, 'stranger@example.org');
		expect(await acceptCoauthorInvitation({ db: handle.db, now: during }, stranger, token)).toEqual({ ok: false, error: 'invitation_wrong_account' });
		expect(await acceptCoauthorInvitation({ db: handle.db, now: during }, friend, token)).toEqual({ ok: true, placeSlug: 'p', cycleSlug: 'c', number: 1 });
		expect(await acceptCoauthorInvitation({ db: handle.db, now: during }, friend, token)).toEqual({ ok: false, error: 'invitation_invalid' });
		expect((await findEditorUserIds(handle.db, { placeId: setup.place.id, proposalId })).sort()).toEqual([author.userId, friend.userId].sort());
		expect(await listCoauthors(handle.db, { placeId: setup.place.id, proposalId, now: during })).toEqual([{ name: 'Bethan', invitedEmail: null, accepted: true }]);

		const edited = await editProposal({ db: handle.db, now: during }, friend, { ...someText('Community fridge and shelf'), cycle: await setup.loadCycle(), proposalId, baseVersion: 1 });
		expect(edited).toEqual({ ok: true, version: 2 });
	});

	it('refuses to invite someone who already writes it', async () => {
		expect((await invite('friend@example.org')).result).toEqual({ ok: false, error: 'already_coauthor' });
		expect((await invite('author@example.org')).result).toEqual({ ok: false, error: 'already_coauthor' });
	});

	it('only the newest link to an address works', async () => {
		const first = await invite('neighbour@example.org');
		const second = await invite('neighbour@example.org');
		const neighbour = await addPerson(handle.db, 'neighbour@example.org');
		expect(await acceptCoauthorInvitation({ db: handle.db, now: during }, neighbour, linkIn(first.mail.sent[0].text))).toEqual({ ok: false, error: 'invitation_invalid' });
		expect(await acceptCoauthorInvitation({ db: handle.db, now: during }, neighbour, linkIn(second.mail.sent[0].text))).toMatchObject({ ok: true });
	});

	it('is not possible where the place has co-authoring off', async () => {
		const other = await seedCoCreateCycle(handle.db, { coAuthoring: false }, 'q');
		const result = await submitProposal({ db: handle.db, now: during }, author, { ...someText('Solo work'), cycle: await other.loadCycle(), groupId: null, language: 'en' });
		if (!result.ok) throw new Error('refused');
		const mail = recordingMailer();
		const invited = await inviteCoauthor({ db: handle.db, mailer: mail.mailer, now: during, origin: 'https://pc.example' }, author, { place: other.place, cycle: await other.loadCycle(), proposalId: result.proposalId, email: 'x@example.org', locale: 'en' });
		expect(invited).toEqual({ ok: false, error: 'coauthoring_closed' });
		expect(mail.sent).toEqual([]);
	});
});
