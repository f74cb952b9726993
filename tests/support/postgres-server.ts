import postgres from 'postgres';

/** The Postgres server that tests needing one make their own databases on: DATABASE_URL, else the local test database. */
export const postgresServerUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A connection to that server, or null when none answers within a few seconds — a machine with only
 * Node has none, and its browser tests run on the app's embedded database; the caller then skips,
 * saying why (`withoutPostgres`).
 */
export async function connectToPostgresServer(): Promise<postgres.Sql | null> {
	const sql = postgres(postgresServerUrl, { max: 1, connect_timeout: 3, onnotice: () => undefined });
	const answers = await sql`select 1`.then(
		() => true,
		() => false
	);
	if (answers) return sql;
	await sql.end({ timeout: 1 });
	return null;
}

/** The skip reason: where no server answered (the password left out) and why this test needs one. */
export function withoutPostgres(why: string): string {
	return `no Postgres answers at ${postgresServerUrl.replace(/\/\/[^@]*@/, '//')} (set DATABASE_URL); ${why}`;
}
