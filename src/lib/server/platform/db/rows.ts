/**
 * Raw `db.execute` returns `{ rows }` from PGlite and an array from postgres.js; this gives the rows
 * either way, so domain code that needs raw SQL stays driver-neutral.
 */
export function rowsOf<T>(result: unknown): T[] {
	if (Array.isArray(result)) return result as T[];
	return ((result as { rows?: T[] }).rows ?? []) as T[];
}
