import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCycleChallenges } from '../challenges/challenges.queries';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { places } from '../places/places.table';
import { seedDemoIfEmpty } from './seed-demo';

describe.each(testDatabases())('demo challenges on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, new Date('2026-11-24T10:00:00Z'));
	});
	afterAll(() => handle.close());

	async function challengesOf(placeSlug: string, cycleSlug: string, includeDrafts: boolean) {
		const [place] = await handle.db.select().from(places).where(eq(places.slug, placeSlug));
		const cycle = (await findPublishedCycle(handle.db, place.id, cycleSlug))!;
		return listCycleChallenges(handle.db, { placeId: place.id, cycleId: cycle.id, includeDrafts });
	}

	it('has Brookfield’s published challenges, each linked to the posts it came from, with "me too" counts', async () => {
		const published = await challengesOf('brookfield', '2026-spaces-to-meet', false);
		expect(published).toHaveLength(3);
		for (const challenge of published) expect(challenge.posts.length).toBeGreaterThanOrEqual(3);
		expect(published[0].posts[0]).toMatchObject({ body: 'Teenagers get moved on from the shops, but there is nowhere else for them to go.', supporters: 7 });
	});

	it('has one published challenge on Northgate’s green and a draft only the team sees', async () => {
		expect(await challengesOf('northgate', '2026-the-green', false)).toHaveLength(1);
		const all = await challengesOf('northgate', '2026-the-green', true);
		expect(all.filter((c) => c.publishedAt === null)).toHaveLength(1);
	});
});
