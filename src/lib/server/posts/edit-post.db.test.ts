import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import type { Person } from '../auth/actor';
import { challengePosts, challenges } from '../challenges/challenges.table';
import { findPublishedCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import { cycles, phases } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { editPost } from './edit-post';
import { findCyclePost } from './find-cycle-post';
import { posts } from './posts.table';
import { insertPlace } from '../testing/places';

const during = new Date('2026-03-10T12:00:00Z');
const after = new Date('2026-04-02T00:00:00Z');

describe.each(testDatabases())('editing one’s own post on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let cycle: CycleWithPhases;
	let author: Person;

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const { id: placeId } = await insertPlace(db, { slug: 'p' });
		const [row] = await db.insert(cycles).values({ placeId, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning();
		await db.insert(phases).values({ placeId, cycleId: row.id, kind: 'discover', position: 1, opensAt: new Date('2026-03-01T00:00:00Z'), closesAt: new Date('2026-04-01T00:00:00Z'), settings: {} });
		cycle = (await findPublishedCycle(db, placeId, 'c'))!;
		const [user] = await db.insert(users).values({ email: 'a@example.org' }).returning();
		author = { kind: 'person', userId: user.id, email: user.email, displayName: null, isSteward: false, roles: {} };
	});
	afterAll(() => handle.close());

	async function newPost(body: string) {
		const [post] = await handle.db.insert(posts).values({ placeId: cycle.placeId, cycleId: cycle.id, kind: 'need', body, authorUserId: author.userId }).returning({ id: posts.id });
		return (await findCyclePost(handle.db, { placeId: cycle.placeId, cycleId: cycle.id, postId: post.id, viewerId: author.userId }))!;
	}
	const bodyOf = async (id: string) => (await handle.db.select({ body: posts.body }).from(posts).where(eq(posts.id, id)))[0].body;

	it('changes the words while discover is open', async () => {
		const post = await newPost('Benchs by the shops');
		expect(await editPost({ db: handle.db, now: during }, author, { cycle, post, body: 'Benches by the shops', locationText: 'Alder Road' })).toEqual({ ok: true });
		expect(await bodyOf(post.id)).toBe('Benches by the shops');
	});

	it('keeps the words once discover has closed', async () => {
		const post = await newPost('Too late to change');
		expect(await editPost({ db: handle.db, now: after }, author, { cycle, post, body: 'Changed', locationText: null })).toEqual({ ok: false, error: 'phase_closed' });
		expect(await bodyOf(post.id)).toBe('Too late to change');
	});

	it('keeps the words once the team has used the post in a challenge, even if that happened while the author was typing', async () => {
		const post = await newPost('Used by the team');
		const [challenge] = await handle.db.insert(challenges).values({ placeId: cycle.placeId, cycleId: cycle.id, question: { en: 'How might we?' }, summary: {} }).returning({ id: challenges.id });
		await handle.db.insert(challengePosts).values({ placeId: cycle.placeId, challengeId: challenge.id, postId: post.id });
		// `post` was read before the link: the update itself must still refuse.
		expect(await editPost({ db: handle.db, now: during }, author, { cycle, post, body: 'Changed', locationText: null })).toEqual({ ok: false, error: 'post_reviewed' });
		const reread = (await findCyclePost(handle.db, { placeId: cycle.placeId, cycleId: cycle.id, postId: post.id, viewerId: null }))!;
		expect(await editPost({ db: handle.db, now: during }, author, { cycle, post: reread, body: 'Changed', locationText: null })).toEqual({ ok: false, error: 'post_reviewed' });
		expect(await bodyOf(post.id)).toBe('Used by the team');
	});

	it('keeps a hidden post as it was', async () => {
		const post = await newPost('Hidden one');
		await handle.db.update(posts).set({ hiddenAt: during, hiddenReason: 'rude' }).where(eq(posts.id, post.id));
		const reread = (await findCyclePost(handle.db, { placeId: cycle.placeId, cycleId: cycle.id, postId: post.id, viewerId: null }))!;
		expect(reread.body).toBe('');
		expect(await editPost({ db: handle.db, now: during }, author, { cycle, post: reread, body: 'Changed', locationText: null })).toEqual({ ok: false, error: 'post_hidden' });
		expect(await bodyOf(post.id)).toBe('Hidden one');
	});

	it('changes nothing for someone who is not the author', async () => {
		const post = await newPost('Mine, not yours');
		const [other] = await handle.db.insert(users).values({ email: 'o@example.org' }).returning();
		const stranger: Person = { ...author, userId: other.id, email: other.email };
		expect((await editPost({ db: handle.db, now: during }, stranger, { cycle, post, body: 'Yours now', locationText: null })).ok).toBe(false);
		expect(await bodyOf(post.id)).toBe('Mine, not yours');
	});
});
