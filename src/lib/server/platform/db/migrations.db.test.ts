import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterEach, describe, expect, it } from 'vitest';
import { cycles, phases } from '../../cycles/cycles.table';
import { places } from '../../places/places.table';
import { connectDatabase } from './connect';
import type { DatabaseHandle } from './database';
import { rowsOf } from './rows';
import * as schema from './schema';
import { testDatabases } from '../../testing/databases';

const blank = { name: { en: 'x' }, summary: {}, areaDescription: {}, teamDescription: {} };

describe.each(testDatabases())('migrations on $name', ({ open }) => {
	let handle: DatabaseHandle | undefined;
	afterEach(async () => {
		await handle?.close();
		handle = undefined;
	});

	it('create every table of the schema in an empty database', async () => {
		handle = await open();
		const tables = rowsOf<{ table_name: string }>(
			await handle.db.execute(
				sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`
			)
		);
		const declared = Object.values(schema)
			.filter((value) => is(value, PgTable))
			.map((table) => getTableName(table as PgTable))
			.sort();
		expect(declared).toContain('places');
		expect(tables.map((t) => t.table_name)).toEqual(declared);
	});

	it('refuse a phase that claims a different place from its cycle', async () => {
		handle = await open();
		const { db } = handle;
		const [a, b] = await db.insert(places).values([{ slug: 'a', ...blank }, { slug: 'b', ...blank }]).returning();
		const [cycle] = await db.insert(cycles).values({ placeId: a.id, slug: 'c', title: {}, challenge: {} }).returning();
		await expect(
			db.insert(phases).values({ placeId: b.id, cycleId: cycle.id, kind: 'discover', position: 1 })
		).rejects.toThrow();
		await db.insert(phases).values({ placeId: a.id, cycleId: cycle.id, kind: 'discover', position: 1 });
		expect(await db.select().from(phases)).toHaveLength(1);
	});

	it('refuse a phase that closes before it opens', async () => {
		handle = await open();
		const { db } = handle;
		const [place] = await db.insert(places).values({ slug: 'a', ...blank }).returning();
		const [cycle] = await db.insert(cycles).values({ placeId: place.id, slug: 'c', title: {}, challenge: {} }).returning();
		await expect(
			db.insert(phases).values({
				placeId: place.id,
				cycleId: cycle.id,
				kind: 'test',
				position: 3,
				opensAt: new Date('2026-03-02T00:00:00Z'),
				closesAt: new Date('2026-03-01T00:00:00Z')
			})
		).rejects.toThrow();
	});
});

describe('the embedded database', () => {
	it('keeps its data in its data directory, creating missing parent folders', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'placecraft-'));
		try {
			const dataDir = join(dir, 'nested', 'pglite');
			const first = await connectDatabase({ dataDir });
			await first.db.insert(places).values({ slug: 'kept', ...blank });
			await first.close();
			const second = await connectDatabase({ dataDir });
			const kept = await second.db.select({ slug: places.slug }).from(places);
			await second.close();
			expect(kept).toEqual([{ slug: 'kept' }]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
