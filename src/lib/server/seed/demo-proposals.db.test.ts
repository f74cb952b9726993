import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { communityGroups } from '../groups/groups.table';
import { places } from '../places/places.table';
import { listGroupProposals } from '../proposals/proposal-lookups.queries';
import { findProposalByNumber, listCycleProposals } from '../proposals/proposals.queries';
import { seedDemoIfEmpty } from './seed-demo';

describe.each(testDatabases())('demo proposals on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, new Date('2026-11-24T10:00:00Z'));
	});
	afterAll(() => handle.close());

	async function proposalsOf(placeSlug: string, cycleSlug: string) {
		const [place] = await handle.db.select().from(places).where(eq(places.slug, placeSlug));
		const cycle = (await findPublishedCycle(handle.db, place.id, cycleSlug))!;
		return { place, cycle, list: await listCycleProposals(handle.db, { placeId: place.id, cycleId: cycle.id, limit: 100 }) };
	}

	it('gives Brookfield proposals from residents and from its youth club, some reviewed with reasons, one merged', async () => {
		const { place, cycle, list } = await proposalsOf('brookfield', '2026-spaces-to-meet');
		expect(list.some((p) => p.groupName === 'Brookfield Youth Club')).toBe(true);
		expect(list.some((p) => p.groupName === null && p.authorName)).toBe(true);
		expect(new Set(list.map((p) => p.status))).toEqual(new Set(['submitted', 'feasible', 'not_feasible', 'merged']));
		const merged = list.find((p) => p.status === 'merged')!;
		expect(await findProposalByNumber(handle.db, { placeId: place.id, cycleId: cycle.id, number: merged.number })).toMatchObject({ mergedIntoNumber: 2, reviewReason: expect.any(String) });
		const [club] = await handle.db.select().from(communityGroups).where(eq(communityGroups.slug, 'brookfield-youth-club'));
		expect((await listGroupProposals(handle.db, club.id)).length).toBe(list.filter((p) => p.groupName).length);
	});

	it('gives St Elwyn’s a vote’s worth of feasible proposals with checked costs, some in Welsh', async () => {
		const { list } = await proposalsOf('st-elwyns', '2026-a-place-for-young-people');
		expect(list.length).toBeGreaterThanOrEqual(6);
		expect(list.every((p) => p.status === 'feasible' && p.reviewedCostMinor !== null)).toBe(true);
		expect(list.filter((p) => p.language === 'cy').length).toBeGreaterThan(0);
	});
});
