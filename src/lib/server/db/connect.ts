import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Database, DatabaseHandle } from './database';
import * as schema from './schema';

export interface ConnectOptions {
	/** A postgres:// URL. When absent, an embedded PGlite database is used. */
	url?: string;
	/** PGlite data directory, or `memory://` for a throwaway in-memory database. */
	dataDir?: string;
	/** Where the committed migrations live. */
	migrationsFolder?: string;
}

const defaultMigrations = () => resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

/** Opens the database the configuration names and brings its schema up to date. */
export async function connectDatabase(options: ConnectOptions): Promise<DatabaseHandle> {
	const migrationsFolder = options.migrationsFolder ?? defaultMigrations();
	if (options.url) return connectPostgres(options.url, migrationsFolder);
	return connectPglite(options.dataDir ?? './data/pglite', migrationsFolder);
}

async function connectPglite(dataDir: string, migrationsFolder: string): Promise<DatabaseHandle> {
	const inMemory = dataDir.startsWith('memory://');
	// PGlite creates its own folder but not the parents; one process per data directory.
	if (!inMemory) mkdirSync(dirname(resolve(dataDir)), { recursive: true });
	const client = new PGlite(inMemory ? dataDir : resolve(dataDir));
	const db = drizzlePglite(client, { schema });
	await migratePglite(db, { migrationsFolder });
	return { db: db as unknown as Database, driver: 'pglite', close: () => client.close(), listen: listenWithPglite(client) };
}

/** PGlite is one in-process database: a subscription never drops, so onListen runs once. */
export function listenWithPglite(client: PGlite): DatabaseHandle['listen'] {
	return async (channel, onNotify, onListen) => {
		const stop = await client.listen(channel, onNotify);
		onListen?.();
		return () => stop();
	};
}

/** postgres.js keeps one connection for LISTEN and reconnects it, calling onListen each time. */
export function listenWithPostgres(client: postgres.Sql): DatabaseHandle['listen'] {
	return async (channel, onNotify, onListen) => {
		const { unlisten } = await client.listen(channel, onNotify, onListen);
		return () => unlisten();
	};
}

/** Two app processes may start together: a session-level advisory lock lets one migrate at a time. */
const MIGRATION_LOCK = 7_283_001;

async function connectPostgres(url: string, migrationsFolder: string): Promise<DatabaseHandle> {
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await admin`select pg_advisory_lock(${MIGRATION_LOCK})`;
		await migratePostgres(drizzlePostgres(admin, { schema }), { migrationsFolder });
		await admin`select pg_advisory_unlock(${MIGRATION_LOCK})`;
	} finally {
		await admin.end();
	}
	const client = postgres(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), onnotice: () => {} });
	const db = drizzlePostgres(client, { schema });
	return { db: db as unknown as Database, driver: 'postgres', close: () => client.end(), listen: listenWithPostgres(client) };
}
