import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { communityGroups } from '../groups/groups.table';
import { countingDatabase } from './counting-database';
import { loadProposalListPage } from './proposal-list-page';
import { seedCoCreateCycle } from '../testing/proposals';
import { seedManyProposals } from './seed-many-proposals';

describe.each(testDatabases())('the proposals list on $name', ({ open }) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await open();
		const [group] = await handle.db.insert(communityGroups).values({ slug: 'club', name: 'The Club' }).returning();
		for (const [slug, count] of [['ten', 10], ['thousand', 1000]] as const) {
			const { place, loadCycle } = await seedCoCreateCycle(handle.db, {}, slug);
			await seedManyProposals(handle.db, { placeId: place.id, cycleId: (await loadCycle()).id, groupId: group.id, count, tag: slug });
		}
	}, 120_000);
	afterAll(() => handle.close());

	async function countQueries(placeSlug: string, pageSize: number) {
		const counting = countingDatabase(handle);
		const page = await loadProposalListPage(counting.db, { placeSlug, cycleSlug: 'c', pageSize });
		return { page: page!, queries: counting.count() };
	}

	it('reads a page in the same number of queries with 10 proposals as with 1,000, however many it shows', async () => {
		const ten = await countQueries('ten', 50);
		const thousand = await countQueries('thousand', 50);
		const everything = await countQueries('thousand', 1000);
		expect(ten.page.proposals).toHaveLength(10);
		expect(thousand.page.proposals).toHaveLength(50);
		expect(everything.page.proposals).toHaveLength(1000);
		// The place, the cycle, its phases, and the proposals with their names, comment counts and photos.
		expect([ten.queries, thousand.queries, everything.queries]).toEqual([4, 4, 4]);
	});

	it('carries each proposal’s author or group, comment count and first photo, newest first', async () => {
		const { page } = await countQueries('thousand', 1000);
		expect(page.proposals.map((p) => p.number)).toEqual(Array.from({ length: 1000 }, (_, i) => 1000 - i));
		const byNumber = new Map(page.proposals.map((p) => [p.number, p]));
		expect(byNumber.get(15)).toMatchObject({ commentCount: 2, firstPhotoId: expect.any(String), authorName: 'Resident 15', groupName: null });
		expect(byNumber.get(14)).toMatchObject({ commentCount: 0, firstPhotoId: null, authorName: null, groupName: 'The Club' });
		expect(byNumber.get(12)).toMatchObject({ status: 'feasible', reviewedCostMinor: expect.any(Number) });
	});

	it('pages on with the number the last page ended at, repeating and skipping nothing', async () => {
		const seen: number[] = [];
		let beforeNumber: number | null = null;
		for (let i = 0; i < 30 && (i === 0 || beforeNumber !== null); i++) {
			const page: NonNullable<Awaited<ReturnType<typeof loadProposalListPage>>> = (await loadProposalListPage(handle.db, { placeSlug: 'thousand', cycleSlug: 'c', pageSize: 50, beforeNumber }))!;
			seen.push(...page.proposals.map((p) => p.number));
			beforeNumber = page.olderThan;
		}
		expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => 1000 - i));
		const feasible = (await loadProposalListPage(handle.db, { placeSlug: 'thousand', cycleSlug: 'c', pageSize: 1000, statuses: ['feasible'] }))!;
		expect(feasible.proposals).toHaveLength(250);
	});
});
