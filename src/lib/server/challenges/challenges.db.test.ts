import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import { cycles } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { posts, postSupports } from '../posts/posts.table';
import { proposals } from '../proposals/proposals.table';
import { challenges } from './challenges.table';
import { findChallenge, listAnsweringProposals, listCycleChallenges, listPostChoices } from './challenges.queries';
import { createChallenge } from './create-challenge';
import { publishChallenge } from './publish-challenge';
import { updateChallenge } from './update-challenge';
import { insertPlace } from '../testing/places';

const now = new Date('2026-05-01T10:00:00Z');

describe.each(testDatabases())('challenges on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let placeId: string;
	let cycleId: string;
	let lead: Person;
	const postIds: Record<string, string> = {};

	const addPost = async (key: string, body: string, where: { placeId: string; cycleId: string }, hidden = false) => {
		const [post] = await handle.db
			.insert(posts)
			.values({ ...where, kind: 'need', body, ...(hidden ? { hiddenAt: now, hiddenReason: 'named a neighbour' } : {}) })
			.returning({ id: posts.id });
		postIds[key] = post.id;
	};
	const auditOf = (challengeId: string) => handle.db.select().from(auditEvents).where(eq(auditEvents.subjectId, challengeId)).orderBy(auditEvents.sequence);
	const draft = (postKeys: string[], question = { en: 'How might we give teenagers somewhere to go?' }) =>
		createChallenge({ db: handle.db, now }, lead, { placeId, cycleId, question, summary: { en: 'People said the shops are the only place.' }, postIds: postKeys.map((k) => postIds[k]) });

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const newPlace = async (slug: string) => (await insertPlace(db, { slug, name: { en: slug } })).id;
		const newCycle = async (place: string, slug: string) => (await db.insert(cycles).values({ placeId: place, slug, title: { en: slug }, challenge: {}, status: 'active' }).returning({ id: cycles.id }))[0].id;
		placeId = await newPlace('p');
		cycleId = await newCycle(placeId, 'c');
		const otherCycleId = await newCycle(placeId, 'older');
		const otherPlaceId = await newPlace('q');
		const otherPlaceCycleId = await newCycle(otherPlaceId, 'c');
		await addPost('shops', 'Teenagers get moved on from the shops.', { placeId, cycleId });
		await addPost('hall', 'The church hall is free on Fridays.', { placeId, cycleId });
		await addPost('hidden', 'Something rude', { placeId, cycleId }, true);
		await addPost('olderCycle', 'Last year’s post', { placeId, cycleId: otherCycleId });
		await addPost('otherPlace', 'Another place’s post', { placeId: otherPlaceId, cycleId: otherPlaceCycleId });
		const [user] = await db.insert(users).values({ email: 'lead@example.org' }).returning();
		lead = { kind: 'person', userId: user.id, email: user.email, displayName: null, isSteward: false, roles: { [placeId]: 'lead' } };
		const neighbours = await db.insert(users).values([{ email: 'a@example.org' }, { email: 'b@example.org' }]).returning({ id: users.id });
		await db.insert(postSupports).values(neighbours.map((n) => ({ placeId, postId: postIds.shops, userId: n.id })));
	});
	afterAll(() => handle.close());

	it('writes a draft from two posts that only the team sees, on the audit record', async () => {
		const result = await draft(['shops', 'hall']);
		if (!result.ok) throw new Error(result.error);
		expect(await listCycleChallenges(handle.db, { placeId, cycleId, includeDrafts: false })).toEqual([]);
		const [mine] = await listCycleChallenges(handle.db, { placeId, cycleId, includeDrafts: true });
		expect(mine).toMatchObject({ id: result.challengeId, publishedAt: null, question: { en: 'How might we give teenagers somewhere to go?' } });
		expect(mine.posts.map((p) => [p.body, p.supporters])).toEqual([
			['Teenagers get moved on from the shops.', 2],
			['The church hall is free on Fridays.', 0]
		]);
		const [event] = await auditOf(result.challengeId);
		expect(event).toMatchObject({ placeId, action: 'challenge.created', actorUserId: lead.userId });
		expect(event.details.postIds).toEqual([postIds.shops, postIds.hall]);
	});

	it('refuses posts of another place or cycle and hidden posts, writing nothing', async () => {
		const before = await handle.db.select({ count: sql<number>`count(*)::int` }).from(challenges);
		const auditBefore = await handle.db.select({ count: sql<number>`count(*)::int` }).from(auditEvents);
		expect(await draft(['shops', 'otherPlace'])).toEqual({ ok: false, error: 'challenge_post_unknown' });
		expect(await draft(['olderCycle'])).toEqual({ ok: false, error: 'challenge_post_unknown' });
		expect(await draft(['hall', 'hidden'])).toEqual({ ok: false, error: 'challenge_post_hidden' });
		expect(await handle.db.select({ count: sql<number>`count(*)::int` }).from(challenges)).toEqual(before);
		expect(await handle.db.select({ count: sql<number>`count(*)::int` }).from(auditEvents)).toEqual(auditBefore);
	});

	it('rewrites the text per language and links and unlinks posts as ticked, saying which in the audit', async () => {
		const created = await draft(['shops']);
		if (!created.ok) throw new Error(created.error);
		const change = { placeId, cycleId, challengeId: created.challengeId, question: { en: 'How might we share the church hall?', cy: 'Sut gallem ni rannu neuadd yr eglwys?' }, summary: {} };
		expect(await updateChallenge({ db: handle.db, now }, lead, { ...change, postIds: [postIds.hall] })).toEqual({ ok: true });
		const found = await findChallenge(handle.db, { placeId, cycleId, challengeId: created.challengeId });
		expect(found?.question).toEqual(change.question);
		expect(found?.posts.map((p) => p.id)).toEqual([postIds.hall]);
		const [, updated] = await auditOf(created.challengeId);
		expect(updated).toMatchObject({ action: 'challenge.updated', details: { linkedPostIds: [postIds.hall], unlinkedPostIds: [postIds.shops] } });
		expect(await updateChallenge({ db: handle.db, now }, lead, { ...change, postIds: [postIds.otherPlace] })).toEqual({ ok: false, error: 'challenge_post_unknown' });
		expect(await updateChallenge({ db: handle.db, now }, lead, { ...change, placeId: 'ffffffff-ffff-4fff-8fff-ffffffffffff', postIds: [] })).toEqual({ ok: false, error: 'challenge_unknown' });
	});

	it('keeps a post hidden after it was linked as its reason, and lets the team untick it', async () => {
		const created = await draft(['shops', 'hall']);
		if (!created.ok) throw new Error(created.error);
		await handle.db.update(posts).set({ hiddenAt: now, hiddenReason: 'off topic' }).where(eq(posts.id, postIds.hall));
		const found = await findChallenge(handle.db, { placeId, cycleId, challengeId: created.challengeId });
		expect(found?.posts.find((p) => p.id === postIds.hall)).toMatchObject({ body: '', hiddenReason: 'off topic' });
		const choices = await listPostChoices(handle.db, { placeId, cycleId, challengeId: created.challengeId });
		expect(choices.filter((c) => c.linked).map((c) => c.id).sort()).toEqual([postIds.shops, postIds.hall].sort());
		expect(choices.map((c) => c.id)).not.toContain(postIds.hidden);
		const forNew = await listPostChoices(handle.db, { placeId, cycleId, challengeId: null });
		expect(forNew.map((c) => c.id).sort()).toEqual([postIds.shops].sort());
		expect(forNew[0]).toMatchObject({ supporters: 2, linked: false });
		const text = { question: { en: 'Q' }, summary: {} };
		expect(await updateChallenge({ db: handle.db, now }, lead, { placeId, cycleId, challengeId: created.challengeId, ...text, postIds: [postIds.shops] })).toEqual({ ok: true });
		await handle.db.update(posts).set({ hiddenAt: null, hiddenReason: null }).where(eq(posts.id, postIds.hall));
	});

	it('publishes once, for everyone, on the audit record', async () => {
		const created = await draft(['shops']);
		if (!created.ok) throw new Error(created.error);
		const ref = { placeId, cycleId, challengeId: created.challengeId };
		expect(await publishChallenge({ db: handle.db, now }, lead, ref)).toEqual({ ok: true });
		expect(await publishChallenge({ db: handle.db, now }, lead, ref)).toEqual({ ok: false, error: 'challenge_already_published' });
		const published = await listCycleChallenges(handle.db, { placeId, cycleId, includeDrafts: false });
		expect(published.map((c) => c.id)).toEqual([created.challengeId]);
		expect((await auditOf(created.challengeId)).map((e) => e.action)).toEqual(['challenge.created', 'challenge.published']);
		expect(await publishChallenge({ db: handle.db, now }, lead, { ...ref, cycleId: placeId })).toEqual({ ok: false, error: 'challenge_unknown' });
	});

	it('lists the proposals answering a challenge, leaving out hidden ones', async () => {
		const created = await draft(['shops']);
		if (!created.ok) throw new Error(created.error);
		const base = { placeId, cycleId, challengeId: created.challengeId, summary: 'S', estimatedCostMinor: 1000 };
		await handle.db.insert(proposals).values([
			{ ...base, number: 101, title: 'Youth shelter' },
			{ ...base, number: 102, title: 'Rude one', hiddenAt: now, hiddenReason: 'abusive' },
			{ ...base, number: 103, title: 'Unrelated', challengeId: null }
		]);
		expect((await listAnsweringProposals(handle.db, { placeId, challengeId: created.challengeId })).map((p) => p.title)).toEqual(['Youth shelter']);
		await handle.db.delete(proposals).where(and(eq(proposals.placeId, placeId), sql`${proposals.number} > 100`));
	});
});
