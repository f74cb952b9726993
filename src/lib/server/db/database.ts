import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** Either driver's drizzle database: domain code never knows which one it talks to. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open connection plus what it takes to release it. */
export interface DatabaseHandle {
	db: Database;
	driver: 'pglite' | 'postgres';
	close(): Promise<void>;
}
