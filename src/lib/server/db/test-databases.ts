import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { connectDatabase } from './connect';
import type { DatabaseHandle } from './database';

/**
 * The databases integration tests run on: embedded PGlite always, and the Postgres server named by
 * DATABASE_URL when it is set. Each `open()` gives a brand-new empty database (a fresh in-memory
 * PGlite, or a freshly created Postgres database that `close()` drops), so tests never depend on
 * what an earlier run left behind.
 */
export function testDatabases(): { name: string; open: () => Promise<DatabaseHandle> }[] {
	const targets = [{ name: 'pglite', open: () => connectDatabase({ dataDir: 'memory://' }) }];
	const url = process.env.DATABASE_URL;
	if (url) targets.push({ name: 'postgres', open: () => openScratchPostgres(url) });
	return targets;
}

async function openScratchPostgres(serverUrl: string): Promise<DatabaseHandle> {
	const name = `placecraft_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${name}"`);
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
