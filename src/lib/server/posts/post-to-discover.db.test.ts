import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import type { Person } from '../auth/actor';
import { cycles, phases } from '../cycles/cycles.table';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { flagPost, postToDiscover, supportPost } from './post-to-discover';
import { posts } from './posts.table';
import { decodePostCursor, encodePostCursor, listCyclePosts } from './posts.queries';
import { insertPlace } from '../testing/places';

const opens = new Date('2026-03-01T00:00:00Z');
const during = new Date('2026-03-10T12:00:00Z');
const after = new Date('2026-04-02T00:00:00Z');

describe.each(testDatabases())('discover posts on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let placeId: string;
	let resident: Person;
	const loadCycle = async () => (await findPublishedCycle(handle.db, placeId, 'c'))!;

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		({ id: placeId } = await insertPlace(db, { slug: 'p' }));
		const [cycle] = await db.insert(cycles).values({ placeId, slug: 'c', title: { en: 'C' }, challenge: {}, status: 'active' }).returning();
		await db.insert(phases).values({ placeId, cycleId: cycle.id, kind: 'discover', position: 1, opensAt: opens, closesAt: new Date('2026-04-01T00:00:00Z'), settings: { postsOpen: true, assetsOpen: false } });
		const [user] = await db.insert(users).values({ email: 'r@example.org' }).returning();
		resident = { kind: 'person', userId: user.id, email: user.email, displayName: null, isSteward: false, roles: {} };
	});
	afterAll(() => handle.close());

	it('takes a need while discover is open and shows it in the list', async () => {
		const result = await postToDiscover({ db: handle.db, now: during }, resident, { cycle: await loadCycle(), kind: 'need', body: 'More benches', locationText: null });
		expect(result.ok).toBe(true);
		const needs = await listCyclePosts(handle.db, { placeId, cycleId: (await loadCycle()).id, kind: 'need', viewerId: null, limit: 10 });
		expect(needs.map((p) => p.body)).toContain('More benches');
	});

	it('refuses what the place switched off, and everything after the phase closed, writing nothing', async () => {
		const before = await handle.db.select().from(posts);
		const cycle = await loadCycle();
		expect(await postToDiscover({ db: handle.db, now: during }, resident, { cycle, kind: 'asset', body: 'A hall', locationText: null })).toEqual({ ok: false, error: 'kind_closed' });
		expect(await postToDiscover({ db: handle.db, now: after }, resident, { cycle, kind: 'need', body: 'Late', locationText: null })).toEqual({ ok: false, error: 'phase_closed' });
		expect(await handle.db.select().from(posts)).toEqual(before);
	});

	it('counts "me too" once per person, however many times it is pressed at once', async () => {
		const cycle = await loadCycle();
		const posted = await postToDiscover({ db: handle.db, now: during }, resident, { cycle, kind: 'need', body: 'Lights on the path', locationText: null });
		if (!posted.ok) throw new Error('post refused');
		const results = await Promise.all(Array.from({ length: 10 }, () => supportPost({ db: handle.db, now: during }, resident, { cycle, postId: posted.postId })));
		expect(results.every((r) => r.ok)).toBe(true);
		const needs = await listCyclePosts(handle.db, { placeId, cycleId: cycle.id, kind: 'need', viewerId: resident.userId, limit: 10 });
		expect(needs.find((p) => p.id === posted.postId)).toMatchObject({ supporters: 1, supportedByViewer: true });
	});

	it('pages through posts newest first without repeating or skipping any', async () => {
		const cycle = await loadCycle();
		// Some share a second; some differ only in microseconds, finer than a cursor in a URL keeps.
		for (let i = 0; i < 5; i++) {
			await handle.db.insert(posts).values({ placeId, cycleId: cycle.id, kind: 'need', body: `page test ${i}`, createdAt: new Date(Date.UTC(2026, 2, 2, 0, 0, i % 2)) });
		}
		await handle.db.execute(sql`insert into posts (place_id, cycle_id, kind, body, created_at)
			select ${placeId}, ${cycle.id}, 'need', 'micro ' || n, timestamptz '2026-03-03 00:00:00.123' + n * interval '1 microsecond'
			from generate_series(1, 4) as n`);
		const query = { placeId, cycleId: cycle.id, kind: 'need' as const, viewerId: null, limit: 2 };
		const seen: string[] = [];
		let before = null;
		for (let page = 0; page < 10; page++) {
			const rows = await listCyclePosts(handle.db, { ...query, before });
			if (rows.length === 0) break;
			seen.push(...rows.map((r) => r.id));
			before = decodePostCursor(encodePostCursor(rows[rows.length - 1]));
		}
		const all = await listCyclePosts(handle.db, { ...query, limit: 100 });
		expect(seen).toEqual(all.map((r) => r.id));
		expect(decodePostCursor('not-a-cursor')).toBeNull();
	});

	it('takes one report per person, and counts them for the moderators', async () => {
		const cycle = await loadCycle();
		const posted = await postToDiscover({ db: handle.db, now: during }, resident, { cycle, kind: 'need', body: 'Reported post', locationText: null });
		if (!posted.ok) throw new Error('post refused');
		const target = { placeId, cycleId: cycle.id, postId: posted.postId };
		await Promise.all([flagPost({ db: handle.db }, resident, target), flagPost({ db: handle.db }, resident, target)]);
		const needs = await listCyclePosts(handle.db, { placeId, cycleId: cycle.id, kind: 'need', viewerId: resident.userId, limit: 100 });
		expect(needs.find((p) => p.id === posted.postId)).toMatchObject({ reports: 1, reportedByViewer: true });
		expect(await flagPost({ db: handle.db }, resident, { ...target, postId: '00000000-0000-4000-8000-000000000009' })).toEqual({ ok: false, error: 'post_unknown' });
	});

	it('shows a hidden post only as its published reason', async () => {
		const cycle = await loadCycle();
		const posted = await postToDiscover({ db: handle.db, now: during }, resident, { cycle, kind: 'need', body: 'Something rude', locationText: 'Here' });
		if (!posted.ok) throw new Error('post refused');
		await handle.db.execute(sql`update posts set hidden_at = now(), hidden_reason = 'it named a neighbour' where id = ${posted.postId}`);
		const needs = await listCyclePosts(handle.db, { placeId, cycleId: cycle.id, kind: 'need', viewerId: null, limit: 10 });
		expect(needs.find((p) => p.id === posted.postId)).toMatchObject({ body: '', locationText: null, hiddenReason: 'it named a neighbour' });
		expect(await supportPost({ db: handle.db, now: during }, resident, { cycle, postId: posted.postId })).toEqual({ ok: false, error: 'post_unknown' });
	});
});
