import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import type { MailSender } from '../accounts/sign-in';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import { findPublishedCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import { cycles, phases } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { posts } from '../posts/posts.table';
import { communityGroups } from '../groups/groups.table';
import { proposals } from '../proposals/proposals.table';
import { addComment } from './add-comment';
import { comments } from './comments.table';
import { countComments, listCommentThread } from './comments.queries';
import { flagComment } from './flag-comment';
import { hideComment } from './hide-comment';
import { insertPlace } from '../testing/places';

const inDiscover = new Date('2026-03-10T12:00:00Z');
const inCoCreate = new Date('2026-04-10T12:00:00Z');

describe.each(testDatabases())('comments on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let cycle: CycleWithPhases;
	let otherCycle: CycleWithPhases;
	let postId: string;
	let otherPlacePostId: string;
	let proposalId: string;
	let resident: Person;
	let neighbour: Person;
	let moderator: Person;

	async function addPlace(slug: string, discoverSettings: Record<string, unknown> = {}) {
		const { db } = handle;
		const { id: placeId } = await insertPlace(db, { slug, name: { en: slug } });
		const [row] = await db.insert(cycles).values({ placeId, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning();
		await db.insert(phases).values([
			{ placeId, cycleId: row.id, kind: 'discover', position: 1, opensAt: new Date('2026-03-01T00:00:00Z'), closesAt: new Date('2026-04-01T00:00:00Z'), settings: discoverSettings },
			{ placeId, cycleId: row.id, kind: 'co_create', position: 2, opensAt: new Date('2026-04-01T00:00:00Z'), closesAt: new Date('2026-05-01T00:00:00Z'), settings: {} }
		]);
		const [post] = await db.insert(posts).values({ placeId, cycleId: row.id, kind: 'need', body: `A need in ${slug}` }).returning({ id: posts.id });
		return { cycle: (await findPublishedCycle(db, placeId, 'c'))!, postId: post.id };
	}

	async function addPerson(email: string, displayName: string | null, roles: Person['roles'] = {}): Promise<Person> {
		const [user] = await handle.db.insert(users).values({ email, displayName }).returning();
		return { kind: 'person', userId: user.id, email, displayName, isSteward: false, roles };
	}

	function recordingMailer() {
		const sent: { to: string; subject: string; text: string }[] = [];
		const mailer: MailSender = { send: async (message) => void sent.push(message) };
		return { sent, mailer };
	}

	beforeAll(async () => {
		handle = await open();
		({ cycle, postId } = await addPlace('here'));
		({ cycle: otherCycle, postId: otherPlacePostId } = await addPlace('there'));
		const [proposal] = await handle.db
			.insert(proposals)
			.values({ placeId: cycle.placeId, cycleId: cycle.id, number: 1, title: 'Lights on the path', summary: 'Solar lights', estimatedCostMinor: 450000 })
			.returning({ id: proposals.id });
		proposalId = proposal.id;
		resident = await addPerson('r@example.org', 'Rhian');
		neighbour = await addPerson('n@example.org', null);
		moderator = await addPerson('mod@example.org', 'Mo', { [cycle.placeId]: 'moderator' });
	});
	afterAll(() => handle.close());

	const onPost = () => ({ kind: 'post' as const, postId });

	it('threads one level: a reply to a reply joins the same top-level comment, oldest first', async () => {
		const { db } = handle;
		const [first, second] = [new Date('2026-03-10T10:00:00Z'), new Date('2026-03-10T11:00:00Z')];
		const top = await addComment({ db, now: first }, resident, { cycle, on: onPost(), body: 'The path floods too' });
		if (!top.ok) throw new Error(top.error);
		const reply = await addComment({ db, now: second }, neighbour, { cycle, on: onPost(), body: 'Since last winter', parentCommentId: top.commentId });
		if (!reply.ok) throw new Error(reply.error);
		const replyToReply = await addComment({ db, now: inDiscover }, resident, { cycle, on: onPost(), body: 'Yes, same here', parentCommentId: reply.commentId });
		if (!replyToReply.ok) throw new Error(replyToReply.error);

		const thread = await listCommentThread(db, { placeId: cycle.placeId, on: onPost(), viewerId: null });
		expect(thread).toHaveLength(1);
		expect(thread[0]).toMatchObject({ body: 'The path floods too', author: { kind: 'person', name: 'Rhian' } });
		// A resident with no chosen name is "a resident", never their address.
		expect(thread[0].replies.map((r) => [r.body, r.author])).toEqual([
			['Since last winter', { kind: 'person', name: null }],
			['Yes, same here', { kind: 'person', name: 'Rhian' }]
		]);
		expect(JSON.stringify(thread)).not.toContain('@example.org');
	});

	it('shows a comment written as a group with the group’s name', async () => {
		const { db } = handle;
		const [group] = await db.insert(communityGroups).values({ slug: 'youth', name: 'Youth Club' }).returning({ id: communityGroups.id });
		const result = await addComment({ db, now: inDiscover }, resident, { cycle, on: onPost(), body: 'We would use it', groupId: group.id });
		expect(result.ok).toBe(true);
		const thread = await listCommentThread(db, { placeId: cycle.placeId, on: onPost(), viewerId: null });
		expect(thread.find((c) => c.body === 'We would use it')?.author).toEqual({ kind: 'group', name: 'Youth Club' });
	});

	it('takes comments on posts only while discover is open, and on proposals only while co-create is', async () => {
		const { db } = handle;
		const onProposal = { kind: 'proposal' as const, proposalId };
		expect(await addComment({ db, now: inCoCreate }, resident, { cycle, on: onPost(), body: 'Late' })).toEqual({ ok: false, error: 'comments_phase_closed' });
		expect(await addComment({ db, now: inDiscover }, resident, { cycle, on: onProposal, body: 'Early' })).toEqual({ ok: false, error: 'comments_phase_closed' });
		expect(await addComment({ db, now: inCoCreate }, resident, { cycle, on: onProposal, body: 'Where would the lights go?' })).toMatchObject({ ok: true });
		const thread = await listCommentThread(db, { placeId: cycle.placeId, on: onProposal, viewerId: null });
		expect(thread.map((c) => c.body)).toEqual(['Where would the lights go?']);
	});

	it('refuses comments where the place switched them off', async () => {
		const quiet = await addPlace('quiet', { commentsOpen: false });
		expect(await addComment({ db: handle.db, now: inDiscover }, resident, { cycle: quiet.cycle, on: { kind: 'post', postId: quiet.postId }, body: 'Hello' })).toEqual({
			ok: false,
			error: 'comments_off'
		});
	});

	it('refuses ids from another place or another thread, writing nothing', async () => {
		const { db } = handle;
		const before = await db.select().from(comments);
		// A post of another place, through this place's cycle.
		expect(await addComment({ db, now: inDiscover }, resident, { cycle, on: { kind: 'post', postId: otherPlacePostId }, body: 'Sneaky' })).toEqual({ ok: false, error: 'comment_subject_unknown' });
		// Replying, on another place's post, to a comment of this place.
		const [here] = await listCommentThread(db, { placeId: cycle.placeId, on: onPost(), viewerId: null });
		const across = await addComment({ db, now: inDiscover }, resident, { cycle: otherCycle, on: { kind: 'post', postId: otherPlacePostId }, body: 'Sneaky', parentCommentId: here.id });
		expect(across).toEqual({ ok: false, error: 'comment_unknown' });
		expect(await db.select().from(comments)).toEqual(before);
		// Reporting or hiding it through the other place does nothing either.
		const other = { placeId: otherCycle.placeId, on: { kind: 'post' as const, postId: otherPlacePostId }, commentId: here.id };
		expect(await flagComment({ db }, resident, other)).toEqual({ ok: false, error: 'comment_unknown' });
		const { sent, mailer } = recordingMailer();
		expect(await hideComment({ db, mailer, now: inDiscover }, moderator, { ...other, reason: 'x', locale: 'en' })).toEqual({ ok: false, error: 'comment_unknown' });
		expect(sent).toEqual([]);
	});

	it('takes one report per person, however often pressed, and counts them', async () => {
		const { db } = handle;
		const posted = await addComment({ db, now: inDiscover }, resident, { cycle, on: onPost(), body: 'Reported comment' });
		if (!posted.ok) throw new Error(posted.error);
		const target = { placeId: cycle.placeId, on: onPost(), commentId: posted.commentId };
		const results = await Promise.all([flagComment({ db }, neighbour, target), flagComment({ db }, neighbour, target), flagComment({ db }, resident, target)]);
		expect(results.every((r) => r.ok)).toBe(true);
		const thread = await listCommentThread(db, { placeId: cycle.placeId, on: onPost(), viewerId: neighbour.userId });
		expect(thread.find((c) => c.id === posted.commentId)).toMatchObject({ reports: 2, reportedByViewer: true });
	});

	it('hides with a published reason: the text is gone from the thread, the audit row is written, the author is told', async () => {
		const { db } = handle;
		const posted = await addComment({ db, now: inDiscover }, neighbour, { cycle, on: onPost(), body: 'Number 12 is a menace' });
		if (!posted.ok) throw new Error(posted.error);
		const { sent, mailer } = recordingMailer();
		const hide = { placeId: cycle.placeId, on: onPost(), commentId: posted.commentId, reason: 'it names a neighbour', locale: 'en' as const };
		expect(await hideComment({ db, mailer, now: inDiscover }, moderator, hide)).toEqual({ ok: true });
		const thread = await listCommentThread(db, { placeId: cycle.placeId, on: onPost(), viewerId: null });
		expect(thread.find((c) => c.id === posted.commentId)).toMatchObject({ body: '', hiddenReason: 'it names a neighbour' });
		expect(JSON.stringify(thread)).not.toContain('menace');
		const [row] = await db.select().from(comments).where(eq(comments.id, posted.commentId));
		expect(row.body).toBe('Number 12 is a menace');
		const audit = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, posted.commentId));
		expect(audit).toMatchObject([{ action: 'comment.hidden', actorUserId: moderator.userId, placeId: cycle.placeId, details: { reason: 'it names a neighbour' } }]);
		expect(sent).toMatchObject([{ to: 'n@example.org' }]);
		expect(sent[0].text).toContain('it names a neighbour');
		// Hiding again changes nothing and tells nobody twice; a hidden comment takes no reports or replies.
		expect(await hideComment({ db, mailer, now: inDiscover }, moderator, hide)).toEqual({ ok: false, error: 'comment_unknown' });
		expect(sent).toHaveLength(1);
		expect(await flagComment({ db }, resident, hide)).toEqual({ ok: false, error: 'comment_unknown' });
		expect(await addComment({ db, now: inDiscover }, resident, { cycle, on: onPost(), body: 'Reply', parentCommentId: posted.commentId })).toEqual({ ok: false, error: 'comment_unknown' });
	});

	it('counts comments for many posts in one go', async () => {
		const counts = await countComments(handle.db, { placeId: cycle.placeId, on: 'post', ids: [postId, otherPlacePostId] });
		const thread = await listCommentThread(handle.db, { placeId: cycle.placeId, on: onPost(), viewerId: null });
		expect(counts.get(postId)).toBe(thread.reduce((n, c) => n + 1 + c.replies.length, 0));
		expect(counts.has(otherPlacePostId)).toBe(false);
	});

	it('limits how fast one person comments', async () => {
		const { db } = handle;
		const keen = await addPerson('keen@example.org', null);
		const results = [];
		for (let i = 0; i < 31; i++) results.push(await addComment({ db, now: inDiscover }, keen, { cycle, on: onPost(), body: `Comment ${i}` }));
		expect(results.slice(0, 30).every((r) => r.ok)).toBe(true);
		expect(results[30]).toMatchObject({ ok: false, error: 'rate_limited' });
		expect((await addComment({ db, now: inDiscover }, resident, { cycle, on: onPost(), body: 'Someone else' })).ok).toBe(true);
	});
});
