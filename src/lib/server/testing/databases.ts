import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import postgres from 'postgres';
import { inject } from 'vitest';
import { connectDatabase, listenWithPglite } from '../platform/db/connect';
import type { Database, DatabaseHandle, Unlisten } from '../platform/db/database';
import * as schema from '../platform/db/schema';

/**
 * The databases integration tests run on: embedded PGlite always, and the Postgres server named by
 * DATABASE_URL when it is set. Each `open()` gives a database exactly as the migrations left it, so
 * tests never depend on what an earlier test or run left behind:
 * - Postgres: a new database copied from the migrated template, dropped again by `close()`;
 * - PGlite: an instance this worker keeps between test files (starting one takes seconds, mostly
 *   PGlite's own start), emptied each time it is handed out. Two handles open at once are two
 *   instances.
 */
export function testDatabases(): { name: string; open: () => Promise<DatabaseHandle> }[] {
	const targets = [{ name: 'pglite', open: openScratchPglite }];
	const url = process.env.DATABASE_URL;
	if (url) targets.push({ name: 'postgres', open: () => openScratchPostgres(url) });
	return targets;
}

interface KeptPglite {
	client: PGlite;
	/** Has held a test's data since it started. */
	used: boolean;
}

const idle: KeptPglite[] = [];

async function openScratchPglite(): Promise<DatabaseHandle> {
	const kept = idle.pop() ?? { client: await startPglite(), used: false };
	if (kept.used) await emptyDatabase(kept.client);
	kept.used = true;
	const listen = listenWithPglite(kept.client);
	// What the test still listens to when it lets go is stopped then, as closing the instance would.
	const listening = new Set<Unlisten>();
	let closed = false;
	return {
		db: drizzle(kept.client, { schema }) as unknown as Database,
		driver: 'pglite',
		async listen(channel, onNotify, onListen) {
			const stop = await listen(channel, onNotify, onListen);
			listening.add(stop);
			return async () => {
				if (listening.delete(stop)) await stop();
			};
		},
		async close() {
			if (closed) return;
			closed = true;
			for (const stop of listening) await stop();
			idle.push(kept);
		}
	};
}

// Read and compiled once per worker, not once per instance.
let runtime: Promise<{ pgliteWasmModule: WebAssembly.Module; fsBundle: Blob; template?: Blob }> | undefined;

async function startPglite(): Promise<PGlite> {
	runtime ??= (async () => {
		const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
		const templatePath = safeInject('pgliteTemplate');
		return {
			pgliteWasmModule: await WebAssembly.compile(readFileSync(join(dist, 'pglite.wasm'))),
			fsBundle: new Blob([readFileSync(join(dist, 'pglite.data'))]),
			template: templatePath ? new Blob([readFileSync(templatePath)]) : undefined
		};
	})();
	const { template, ...modules } = await runtime;
	if (template) return new PGlite({ ...modules, loadDataDir: template });
	// Run without the global setup (one file on its own): migrate a database here.
	const client = new PGlite({ ...modules, dataDir: 'memory://' });
	await migrate(drizzle(client), { migrationsFolder: 'drizzle' });
	return client;
}

/**
 * Back to the migrated template: every table emptied and its identities restarted (the migrations
 * insert no rows, so empty tables are what a fresh copy holds). Triggers are off meanwhile: the
 * audit trail refuses TRUNCATE, as it must from the app.
 */
async function emptyDatabase(client: PGlite) {
	await client.exec(`
		set session_replication_role = replica;
		do $$ declare tables text; begin
			select string_agg(format('%I.%I', schemaname, tablename), ', ') into tables from pg_tables where schemaname = 'public';
			if tables is not null then execute 'truncate ' || tables || ' restart identity cascade'; end if;
		end $$;
		reset session_replication_role;
	`);
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
