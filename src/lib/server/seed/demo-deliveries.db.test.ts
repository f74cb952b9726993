import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPublishedCycle } from '../cycles/cycles.queries';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { listCycleDeliveries, loadDeliveryDetails } from '../delivery/delivery.queries';
import { findServablePhoto } from '../photos/photos.queries';
import { findPlaceBySlug } from '../places/places.queries';
import { seedDemoDeliveries } from './demo-deliveries';
import { seedDemoIfEmpty } from './seed-demo';
import { searchLibrary } from '../library/library.queries';

const now = new Date('2026-11-24T10:00:00Z');

describe.each(testDatabases())('the demo’s deliveries on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let rows: Awaited<ReturnType<typeof listCycleDeliveries>>;
	beforeAll(async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, now);
		// Twice: the second call changes nothing (the lead's seed may already have called it).
		await handle.db.transaction((tx) => seedDemoDeliveries(tx, now));
		await handle.db.transaction((tx) => seedDemoDeliveries(tx, now));
		const place = (await findPlaceBySlug(handle.db, 'brookfield'))!;
		const cycle = (await findPublishedCycle(handle.db, place.id, '2025-safer-walks'))!;
		rows = await listCycleDeliveries(handle.db, cycle);
	}, 120_000);
	afterAll(() => handle.close());

	it('has a delivery for each project the count funded: one done, one in progress, one stopped, one planned', () => {
		expect(Object.fromEntries(rows.map((row) => [row.project.title, row.status]))).toEqual({
			'Lights along the brook path': 'in_progress',
			'Lollipop crossing patrol on Alder Road': 'planned',
			'Walking bus with volunteer parents': 'stopped',
			'Hi-vis bags and bike lights for every child': 'done'
		});
		for (const row of rows.filter((r) => r.status === 'done' || r.status === 'stopped')) expect(row.statusReason).toBeTruthy();
	});

	it('shows the lights in progress: steps, money spent, news with a photo, and an outcome with evidence over time', async () => {
		const lights = rows.find((row) => row.project.title === 'Lights along the brook path')!;
		expect(lights).toMatchObject({ budgetMinor: 1_400_000, spentMinor: 747_050, milestonesDone: 1, milestonesTotal: 3, nextMilestone: { title: 'First 20 lights up, footbridge to the bend', dueOn: '2026-12-08' } });
		const details = await loadDeliveryDetails(handle.db, { placeId: lights.placeId, deliveryId: lights.id });
		expect(details.spending.map((line) => line.amountMinor)).toEqual([120_000, 42_000, 585_050]);
		expect(details.updates).toHaveLength(2);
		const [newest, older] = details.updates;
		expect(newest.photos).toEqual([expect.objectContaining({ altText: expect.stringContaining('lamp posts') })]);
		expect(older.photos).toEqual([]);
		expect(await findServablePhoto(handle.db, { photoId: newest.photos[0].id, size: 'large' })).toMatchObject({ contentType: 'image/webp' });
		expect(details.outcomes).toHaveLength(1);
		expect(details.outcomes[0].statement).toBe('Children walk to school along the brook path in the dark months');
		expect(details.outcomes[0].evidence.map((e) => e.observedOn)).toEqual(['2026-09-10', '2026-11-17']);
	});

	it('puts the funded projects in the library, where a search finds the stopped walking bus with its reason and cost', async () => {
		const filters = { words: 'walking bus', theme: null, band: null, status: null, place: null, page: 1 };
		const { entries } = await searchLibrary(handle.db, filters, 20);
		expect(entries.map((entry) => entry.title)).toEqual(['Walking bus with volunteer parents']);
		expect(entries[0]).toMatchObject({ status: 'stopped', statusReason: expect.stringContaining('Not enough parents'), expectedCostMinor: 180_000, spentMinor: 18_000 });
		expect(entries[0].themes.map((theme) => theme.slug)).toEqual(['getting-around', 'young-people']);
		const young = await searchLibrary(handle.db, { ...filters, words: '', theme: 'young-people' }, 20);
		expect(young.entries.map((entry) => entry.title).sort()).toEqual(['Hi-vis bags and bike lights for every child', 'Walking bus with volunteer parents']);
	});
});
