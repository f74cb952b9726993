import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { Database, DatabaseHandle } from '../platform/db/database';
import * as schema from '../platform/db/schema';

/**
 * The same connection as `handle`, seen through a drizzle instance that counts every statement it
 * sends (its logger is called once per query the driver runs). For the query-count test and the
 * benchmark: an N+1 shows up as a count that grows with the number of proposals.
 */
export function countingDatabase(handle: DatabaseHandle): { db: Database; count: () => number; reset: () => void } {
	let queries = 0;
	const logger = { logQuery: () => void queries++ };
	const client = (handle.db as unknown as { $client: never }).$client;
	const db = (handle.driver === 'pglite' ? drizzlePglite(client, { schema, logger }) : drizzlePostgres(client, { schema, logger })) as unknown as Database;
	return { db, count: () => queries, reset: () => void (queries = 0) };
}
