import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { findPlaceBySlug } from '../places/places.queries';
import { currentPot, listAllSpends, listPots } from '../small-sums/small-sums.queries';
import { testDatabases } from '../testing/databases';
import { seedDemoIfEmpty } from './seed-demo';

const now = new Date('2026-12-07T10:00:00Z');

describe.each(testDatabases())('the demo’s small sums on $name', ({ open }) => {
	let handle: DatabaseHandle;
	beforeAll(async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, now);
	});
	afterAll(() => handle.close());

	it.each(['brookfield', 'st-elwyns'])('%s has a pot for today with 10–20 spends inside its limits, and a correction', async (slug) => {
		const place = (await findPlaceBySlug(handle.db, slug))!;
		const pot = currentPot(await listPots(handle.db, place.id), '2026-12-07')!;
		const lines = await listAllSpends(handle.db, place.id);
		const spends = lines.filter((line) => !line.corrects);
		expect(spends.length).toBeGreaterThanOrEqual(10);
		expect(spends.length).toBeLessThanOrEqual(20);
		expect(Math.max(...spends.map((s) => s.amountMinor))).toBeLessThanOrEqual(pot.spendLimitMinor);
		expect(lines.filter((line) => line.corrects)).toHaveLength(1);
		expect(pot.spentMinor).toBe(lines.reduce((sum, line) => sum + line.amountMinor, 0));
		expect(pot.leftMinor).toBeGreaterThan(0);
		expect(spends.every((s) => s.spentOn <= '2026-12-07')).toBe(true);
	});
});
