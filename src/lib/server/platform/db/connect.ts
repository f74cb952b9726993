import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Database, DatabaseHandle } from './database';
import { lockDataDir } from './pglite-lock';
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
	// Refuses to start while another process (the app, `npm run steward:add`) has the directory open.
	const unlock = inMemory ? () => {} : lockDataDir(dataDir);
	try {
		const client = new PGlite(inMemory ? dataDir : resolve(dataDir));
		const db = drizzlePglite(client, { schema });
		await migratePglite(db, { migrationsFolder });
		return { db: db as unknown as Database, driver: 'pglite', close: () => client.close().finally(unlock), listen: listenWithPglite(client) };
	} catch (error) {
		unlock();
		throw error;
	}
}

/** PGlite is one in-process database: a subscription never drops, so onListen runs once. */
export function listenWithPglite(client: PGlite): DatabaseHandle['listen'] {
	return async (channel, onNotify, onListen) => {
		const stop = await client.listen(channel, onNotify);
		onListen?.();
		return () => stop();
	};
}

/**
 * postgres.js keeps one connection for LISTEN and re-listens after it drops, calling onListen each
 * time. But it re-listens with new listener objects, so the `unlisten` it first returned stops
 * working after a reconnect (the old callback keeps firing). So each channel gets ONE postgres.js
 * listener for the life of the client — a dispatcher to our own set of subscribers — and
 * unsubscribing only removes from that set. While no reconnect has happened, the last one out also
 * UNLISTENs; after one, the channel stays listened (idle) and is reused by the next subscriber.
 */
export function listenWithPostgres(client: postgres.Sql): DatabaseHandle['listen'] {
	interface Subscriber {
		onNotify: (payload: string) => void;
		onListen?: () => void;
	}
	interface Channel {
		subscribers: Set<Subscriber>;
		listening: Promise<{ unlisten: () => Promise<void> }>;
		starts: number;
	}
	const channels = new Map<string, Channel>();
	return async (name, onNotify, onListen) => {
		const subscriber: Subscriber = { onNotify, onListen };
		let channel = channels.get(name);
		if (channel) {
			// Joining a channel still starting: its first onListen will include this subscriber.
			const started = channel.starts > 0;
			channel.subscribers.add(subscriber);
			await channel.listening;
			if (started) onListen?.();
		} else {
			const fresh: Channel = { subscribers: new Set([subscriber]), listening: Promise.resolve({ unlisten: async () => {} }), starts: 0 };
			channel = fresh;
			channels.set(name, fresh);
			fresh.listening = client
				.listen(
					name,
					(payload) => fresh.subscribers.forEach((s) => s.onNotify(payload)),
					() => {
						fresh.starts++;
						fresh.subscribers.forEach((s) => s.onListen?.());
					}
				)
				.then(({ unlisten }) => ({ unlisten: async () => void (await unlisten()) }));
			try {
				await fresh.listening;
			} catch (error) {
				channels.delete(name);
				throw error;
			}
		}
		const joined = channel;
		return async () => {
			joined.subscribers.delete(subscriber);
			// After a reconnect postgres.js's own unlisten no longer works: keep the channel, idle.
			if (joined.subscribers.size > 0 || joined.starts > 1 || channels.get(name) !== joined) return;
			channels.delete(name);
			await (await joined.listening).unlisten();
		};
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
