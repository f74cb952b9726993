import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import postgres from 'postgres';
import { inject } from 'vitest';
import { connectDatabase, listenWithPglite } from './connect';
import type { Database, DatabaseHandle } from './database';
import * as schema from './schema';

/**
 * The databases integration tests run on: embedded PGlite always, and the Postgres server named by
 * DATABASE_URL when it is set. Each `open()` gives a brand-new database (a PGlite loaded from the
 * migrated template, or a Postgres database copied from the template that `close()` drops), so
 * tests never depend on what an earlier test or run left behind.
 */
export function testDatabases(): { name: string; open: () => Promise<DatabaseHandle> }[] {
	const targets = [{ name: 'pglite', open: openScratchPglite }];
	const url = process.env.DATABASE_URL;
	if (url) targets.push({ name: 'postgres', open: () => openScratchPostgres(url) });
	return targets;
}

let templateBytes: Uint8Array | undefined;

async function openScratchPglite(): Promise<DatabaseHandle> {
	const templatePath = safeInject('pgliteTemplate');
	if (!templatePath) return connectDatabase({ dataDir: 'memory://' });
	templateBytes ??= readFileSync(templatePath);
	const client = new PGlite({ loadDataDir: new Blob([templateBytes as Uint8Array<ArrayBuffer>]) });
	const db = drizzle(client, { schema }) as unknown as Database;
	return { db, driver: 'pglite', close: () => client.close(), listen: listenWithPglite(client) };
}

async function openScratchPostgres(serverUrl: string): Promise<DatabaseHandle> {
	const name = `placecraft_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
	const template = safeInject('postgresTemplate');
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(template ? `create database "${name}" template "${template}"` : `create database "${name}"`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const handle = await connectDatabase({ url: url.toString() });
	return {
		...handle,
		async close() {
			await handle.close();
			await admin.unsafe(`drop database if exists "${name}" with (force)`);
			await admin.end();
		}
	};
}

function safeInject<K extends 'pgliteTemplate' | 'postgresTemplate'>(key: K): string | undefined {
	try {
		return inject(key);
	} catch {
		return undefined;
	}
}
