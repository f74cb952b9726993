import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.table';
import { comments } from '../comments/comments.table';
import { listCommentThread } from '../comments/comments.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { posts } from '../posts/posts.table';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import { seedDemoIfEmpty } from './seed-demo';

describe.each(testDatabases())('demo comments on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, new Date('2026-11-24T10:00:00Z'));
	});
	afterAll(() => handle.close());

	async function threadOf(placeSlug: string, postStart: string) {
		const [place] = await handle.db.select().from(places).where(eq(places.slug, placeSlug));
		const all = await handle.db.select().from(posts).where(eq(posts.placeId, place.id));
		const post = all.find((p) => p.body.startsWith(postStart))!;
		return listCommentThread(handle.db, { placeId: place.id, on: { kind: 'post', postId: post.id }, viewerId: null });
	}

	it('has residents talking under Northgate’s posts, with replies, and no addresses shown', async () => {
		const thread = await threadOf('northgate', 'Somewhere dry');
		expect(thread[0].replies.length).toBeGreaterThan(0);
		expect(thread[0].replies.some((r) => r.author.kind === 'person' && r.author.name === null)).toBe(true);
		expect(JSON.stringify(thread)).not.toContain('@');
	});

	it('has a comment by Brookfield Youth Club', async () => {
		const thread = await threadOf('brookfield', 'Teenagers get moved on');
		expect(thread[0].author).toEqual({ kind: 'group', name: 'Brookfield Youth Club' });
	});

	it('has discussions under Brookfield’s first proposals, one joined by the youth club', async () => {
		const [place] = await handle.db.select().from(places).where(eq(places.slug, 'brookfield'));
		const [first] = await handle.db.select().from(proposals).where(and(eq(proposals.placeId, place.id), eq(proposals.number, 1)));
		const thread = await listCommentThread(handle.db, { placeId: place.id, on: { kind: 'proposal', proposalId: first.id }, viewerId: null });
		expect(thread[0].replies.map((r) => r.author)).toContainEqual({ kind: 'group', name: 'Brookfield Youth Club' });
	});

	it('has one comment hidden with its reason, on the place’s audit record', async () => {
		const hidden = await handle.db.select().from(comments);
		const hiddenOnes = hidden.filter((c) => c.hiddenAt !== null);
		expect(hiddenOnes).toHaveLength(1);
		const thread = await threadOf('northgate', 'The boxing club');
		expect(thread.find((c) => c.hiddenReason)).toMatchObject({ body: '', hiddenReason: expect.stringContaining('not about neighbours') });
		const [audit] = await handle.db.select().from(auditEvents).where(eq(auditEvents.subjectId, hiddenOnes[0].id));
		expect(audit).toMatchObject({ action: 'comment.hidden', placeId: hiddenOnes[0].placeId });
	});
});
