import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** Either driver's drizzle database: domain code never knows which one it talks to. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Stops a subscription made with `listen`. */
export type Unlisten = () => Promise<void>;

/** An open connection plus what it takes to release it. */
export interface DatabaseHandle {
	db: Database;
	driver: 'pglite' | 'postgres';
	close(): Promise<void>;
	/**
	 * Subscribes to a Postgres NOTIFY channel, so every app process on the database hears what any
	 * one of them published (no in-process-only state). `onListen` runs each time the subscription
	 * starts — again after a dropped connection comes back — so a live page can re-read whatever it
	 * may have missed meanwhile.
	 */
	listen(channel: string, onNotify: (payload: string) => void, onListen?: () => void): Promise<Unlisten>;
}
