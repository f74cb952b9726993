import { env } from '$env/dynamic/private';
import { connectDatabase } from './connect';
import type { Database, DatabaseHandle } from './database';

export type { Database } from './database';

let opening: Promise<DatabaseHandle> | undefined;

/**
 * The app's one database: postgres.js when DATABASE_URL is set, else embedded PGlite in ./data.
 * Migrations run on first use. Seeding the demo places is the app's start-up's business
 * (hooks.server.ts), not the connection's: tools and tests that open a database get it as it is.
 */
export function openAppDatabase(): Promise<DatabaseHandle> {
	opening ??= connectDatabase({ url: env.DATABASE_URL || undefined, dataDir: env.PGLITE_DATA_DIR || undefined });
	// A failed start must not be cached forever: the next request tries again.
	opening.catch(() => (opening = undefined));
	return opening;
}

export async function getDatabase(): Promise<Database> {
	return (await openAppDatabase()).db;
}
