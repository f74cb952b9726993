import postgres from 'postgres';
import { connectDatabase } from '../../src/lib/server/platform/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/platform/db/database';

/** The bench's own database on the Postgres server; dropped and made again at every run. */
export const BENCH_DATABASE = process.env.BENCH_DATABASE ?? 'placecraft_bench_ballots';

/** Any database on the server, used only to drop and create ours (trust auth on 127.0.0.1 here). */
const serverUrl = () => process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function benchDatabaseUrl(): string {
	const url = new URL(serverUrl());
	url.pathname = `/${BENCH_DATABASE}`;
	return url.toString();
}

/** A fresh, migrated bench database (the app would migrate on start too; this lets us seed first). */
export async function recreateBenchDatabase(): Promise<DatabaseHandle> {
	const admin = postgres(serverUrl(), { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`drop database if exists "${BENCH_DATABASE}" with (force)`);
		await admin.unsafe(`create database "${BENCH_DATABASE}"`);
	} finally {
		await admin.end();
	}
	return connectDatabase({ url: benchDatabaseUrl() });
}

/** A plain postgres.js client on the bench database, for the direct inserts and the final checks. */
export function benchSql(max = 10) {
	return postgres(benchDatabaseUrl(), { max, onnotice: () => {} });
}
