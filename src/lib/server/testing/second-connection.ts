import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import * as schema from '../platform/db/schema';

/**
 * Test support: a second, independent connection pool to the same Postgres database as `db`, as a
 * second app process would have.
 */
export async function openSecondConnection(db: Database, serverUrl: string): Promise<{ db: Database; close(): Promise<void> }> {
	const [{ name }] = rowsOf<{ name: string }>(await db.execute(sql`select current_database() as name`));
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const client = postgres(url.toString(), { max: 5, onnotice: () => {} });
	return { db: drizzle(client, { schema }) as unknown as Database, close: () => client.end() };
}
