import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { findPlaceBySlug } from '../places/places.queries';
import { loadCycleResults, loadResultDecisions } from '../results/results.queries';
import { seedDemoIfEmpty } from './seed-demo';

describe.each(testDatabases())('the demo’s closed vote on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, new Date('2026-11-24T10:00:00Z'));
	});
	afterAll(() => handle.close());

	it('has a stored count with a reason for every proposal, within the money', async () => {
		const place = (await findPlaceBySlug(handle.db, 'brookfield'))!;
		const cycle = (await findPublishedCycle(handle.db, place.id, '2025-safer-walks'))!;
		const { pots, proposals } = await loadCycleResults(handle.db, cycle);
		expect(pots).toHaveLength(1);
		const result = pots[0].result!;
		expect(result).toMatchObject({ state: 'counted', ballotCount: 240, budgetMinor: 3_000_000, turnout: { online: 148, paper: 61, letter_code: 31 } });
		expect(result.selected!.length).toBeGreaterThan(1);
		expect(result.spentMinor!).toBeLessThanOrEqual(3_000_000);
		expect(result.explanations!.map((e) => e.project).sort()).toEqual(proposals.map((p) => p.id).sort());
		// Some proposal lost, and the page can say why.
		expect(result.explanations!.some((e) => e.status === 'unfunded')).toBe(true);
	});

	it('has the team’s decision statement naming what was funded', async () => {
		const place = (await findPlaceBySlug(handle.db, 'brookfield'))!;
		const cycle = (await findPublishedCycle(handle.db, place.id, '2025-safer-walks'))!;
		const { pots, proposals } = await loadCycleResults(handle.db, cycle);
		const { statements } = await loadResultDecisions(handle.db, cycle);
		expect(statements).toHaveLength(1);
		for (const id of pots[0].result!.selected!) expect(statements[0].body).toContain(proposals.find((p) => p.id === id)!.title);
	});
});
