import postgres from 'postgres';
import { connectDatabase } from '../../src/lib/server/platform/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/platform/db/database';

/** The bench's own database on the Postgres server; dropped and made again at every run. */
const DATABASE = process.env.BENCH_DATABASE ?? 'placecraft_bench_results';
/** Any database on the server, used only to drop and create ours (trust auth on 127.0.0.1 here). */
const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated bench database, or why there is none (no server: the PGlite figures stand alone). */
export async function benchPostgres(): Promise<{ ok: true; handle: DatabaseHandle } | { ok: false; reason: string }> {
	const admin = postgres(SERVER, { max: 1, onnotice: () => {}, connect_timeout: 5 });
	try {
		await admin.unsafe(`drop database if exists "${DATABASE}" with (force)`);
		await admin.unsafe(`create database "${DATABASE}"`);
	} catch (error) {
		return { ok: false, reason: error instanceof Error ? error.message : String(error) };
	} finally {
		await admin.end();
	}
	const url = new URL(SERVER);
	url.pathname = `/${DATABASE}`;
	return { ok: true, handle: await connectDatabase({ url: url.toString() }) };
}
