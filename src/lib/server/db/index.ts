import { env } from '$env/dynamic/private';
import { seedDemoIfEmpty } from '../seed/seed-demo';
import { connectDatabase } from './connect';
import type { Database, DatabaseHandle } from './database';

export type { Database } from './database';

let opening: Promise<DatabaseHandle> | undefined;

/**
 * The app's one database: postgres.js when DATABASE_URL is set, else embedded PGlite in ./data.
 * Migrations run on first use; a database with no places gets the demo places (SEED_DEMO=false skips).
 */
export function openAppDatabase(): Promise<DatabaseHandle> {
	opening ??= (async () => {
		const handle = await connectDatabase({ url: env.DATABASE_URL || undefined, dataDir: env.PGLITE_DATA_DIR || undefined });
		if (env.SEED_DEMO !== 'false') await seedDemoIfEmpty(handle.db, new Date());
		return handle;
	})();
	// A failed start must not be cached forever: the next request tries again.
	opening.catch(() => (opening = undefined));
	return opening;
}

export async function getDatabase(): Promise<Database> {
	return (await openAppDatabase()).db;
}
