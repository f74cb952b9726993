import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { listCyclePosts } from '../posts/posts.queries';
import { photos } from '../photos/photos.table';
import { findServablePhoto } from '../photos/photos.queries';
import { places } from '../places/places.table';
import { cycles } from '../cycles/cycles.table';
import { seedDemoIfEmpty } from './seed-demo';

const now = new Date('2026-11-24T10:00:00Z');

describe.each(testDatabases())('demo photos on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, now);
	});
	afterAll(() => handle.close());

	it('puts described pictures on Northgate\'s posts and Brookfield\'s proposals', async () => {
		const seeded = await handle.db.select({ postId: photos.postId, proposalId: photos.proposalId, altText: photos.altText, smallWidth: photos.smallWidth }).from(photos);
		expect(seeded.filter((p) => p.postId)).toHaveLength(3);
		expect(seeded.filter((p) => p.proposalId)).toHaveLength(2);
		for (const photo of seeded) {
			expect(photo.altText.length).toBeGreaterThan(20);
			expect(photo.smallWidth).toBeLessThanOrEqual(400);
		}
	});

	it('shows the bench on the Northgate post about benches, served as WebP', async () => {
		const [cycle] = await handle.db.select({ id: cycles.id, placeId: cycles.placeId }).from(cycles).innerJoin(places, eq(places.id, cycles.placeId)).where(eq(places.slug, 'northgate'));
		const needs = await listCyclePosts(handle.db, { placeId: cycle.placeId, cycleId: cycle.id, kind: 'need', viewerId: null, limit: 50 });
		const benches = needs.find((post) => post.body.startsWith('Benches!'));
		expect(benches?.photo?.altText).toContain('bench');
		expect((await findServablePhoto(handle.db, { photoId: benches!.photo!.id, size: 'small' }))?.contentType).toBe('image/webp');
	});
});
