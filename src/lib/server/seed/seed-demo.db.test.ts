import { afterEach, describe, expect, it } from 'vitest';
import { cycles, phases } from '../cycles/cycles.table';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { places } from '../places/places.table';
import { seedDemoIfEmpty } from './seed-demo';

const now = new Date('2026-11-24T10:00:00Z');

describe.each(testDatabases())('demo seeding on $name', ({ open }) => {
	let handle: DatabaseHandle | undefined;
	afterEach(async () => {
		await handle?.close();
		handle = undefined;
	});

	it('seeds places, cycles and four phases per cycle into an empty database', async () => {
		handle = await open();
		expect(await seedDemoIfEmpty(handle.db, now)).toBe(true);
		const seededPlaces = await handle.db.select().from(places);
		const seededCycles = await handle.db.select().from(cycles);
		const seededPhases = await handle.db.select().from(phases);
		expect(seededPlaces.length).toBeGreaterThanOrEqual(2);
		expect(seededCycles.length).toBeGreaterThanOrEqual(seededPlaces.length);
		expect(seededPhases).toHaveLength(seededCycles.length * 4);
	});

	it('does nothing the second time', async () => {
		handle = await open();
		await seedDemoIfEmpty(handle.db, now);
		const before = await handle.db.select().from(phases);
		expect(await seedDemoIfEmpty(handle.db, now)).toBe(false);
		expect(await handle.db.select().from(phases)).toEqual(before);
	});

	it('never touches a database that already has places', async () => {
		handle = await open();
		await handle.db
			.insert(places)
			.values({ slug: 'real-place', name: { en: 'Real' }, summary: {}, areaDescription: {}, teamDescription: {} });
		expect(await seedDemoIfEmpty(handle.db, now)).toBe(false);
		expect((await handle.db.select().from(places)).map((p) => p.slug)).toEqual(['real-place']);
		expect(await handle.db.select().from(cycles)).toEqual([]);
	});

	it('seeds once when two starts race', async () => {
		handle = await open();
		const results = await Promise.all([seedDemoIfEmpty(handle.db, now), seedDemoIfEmpty(handle.db, now)]);
		expect(results.filter(Boolean)).toHaveLength(1);
		const slugs = (await handle.db.select().from(places)).map((p) => p.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
	});
});
