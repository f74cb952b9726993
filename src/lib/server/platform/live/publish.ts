import { sql } from 'drizzle-orm';
import type { Database } from '../db/database';

/**
 * The NOTIFY channel for one live subject (a workshop's board): letters, digits and underscores
 * only, so it is a plain Postgres identifier on every driver.
 */
export function liveChannel(kind: 'workshop', id: string): string {
	return `live_${kind}_${id.replace(/[^0-9a-z]/gi, '').toLowerCase()}`;
}

/**
 * Tells every app process listening on the channel that something changed. Inside a transaction
 * Postgres delivers it at commit, and not at all on rollback: listeners never hear of a change that
 * was not kept. The payload is a hint (what changed), never the data itself: listeners re-read.
 */
export async function publishLive(db: Database, channel: string, payload: string): Promise<void> {
	await db.execute(sql`select pg_notify(${channel}, ${payload})`);
}
