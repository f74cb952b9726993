import type { Database } from '../../src/lib/server/platform/db/database';

/**
 * `$lib/server/db` for the bench: getDatabase() gives whichever database the bench is measuring
 * (PGlite or Postgres, seen through a query-counting drizzle), instead of opening the app's own.
 */
let current: Database | undefined;

export function useDatabase(db: Database): void {
	current = db;
}

export async function getDatabase(): Promise<Database> {
	if (!current) throw new Error('bench: useDatabase() first');
	return current;
}
