import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { findLearningReview } from '../learning/learning.queries';
import { findPlaceBySlug } from '../places/places.queries';
import { loadYouSaidWeDid } from '../publish-back/you-said-we-did.queries';
import { seedDemoLearning } from './demo-learning';
import { seedDemoIfEmpty } from './seed-demo';

const now = new Date('2026-11-24T10:00:00Z');

describe.each(testDatabases())('the demo’s learning review on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, now);
		// Whether or not the demo seed already calls it, a second call adds nothing.
		await handle.db.transaction((tx) => seedDemoLearning(tx, now));
		await handle.db.transaction((tx) => seedDemoLearning(tx, now));
	});
	afterAll(() => handle.close());

	it('is published for Brookfield’s finished cycle, after it ended, and says what it cost', async () => {
		const place = (await findPlaceBySlug(handle.db, 'brookfield'))!;
		const cycle = (await findPublishedCycle(handle.db, place.id, '2025-safer-walks'))!;
		const review = (await findLearningReview(handle.db, cycle))!;
		const ended = cycle.phases.find((p) => p.kind === 'implement')!.closesAt!;
		expect(review.publishedAt!.getTime()).toBeGreaterThan(ended.getTime());
		expect(review.publishedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
		expect(review.worked).toContain('61 paper votes');
		expect(review.cost).toMatch(/£4,900/);
		expect([review.didNotWork, review.wouldChange].every((text) => text.length > 100)).toBe(true);
		const journeys = await loadYouSaidWeDid(handle.db, place, now);
		expect(journeys.find((c) => c.slug === '2025-safer-walks')?.learningPublished).toBe(true);
	});
});
