import { sql } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';

/** How often the app mixes: the same grain as the hour a ballot keeps, so a batch is an hour's votes. */
export const MIX_EVERY_MS = 60 * 60 * 1000;

/**
 * Breaks the last link a database reader could follow from a ballot to its voter. A ballot and
 * its participation are written in one transaction (so a crash keeps both or neither), and
 * Postgres stamps every row with the id of the transaction that wrote it (the hidden `xmin`
 * column): until it is rewritten, `ballots.xmin = participations.xmin` pairs them. This pass
 * rewrites every ballot not yet mixed, in random order, in one transaction of its own: they all
 * get the same new stamp and new places in the table. A reader can then tell only which batch a
 * ballot was in — the hour's voters — which the hour it keeps says anyway.
 * Between casting and the next pass (at most MIX_EVERY_MS) the link exists for anyone who can read
 * the database's system columns; the old row versions go with the next vacuum. Returns how many
 * ballots were mixed.
 */
export async function mixBallots(db: Database): Promise<number> {
	const mixed = await db.transaction(async (tx) => {
		const rows = rowsOf<{ id: string }>(
			await tx.execute(sql`
				update ballots set mixed = true
				where id in (select id from ballots where not mixed order by random() for update skip locked)
				returning id`)
		);
		return rows.length;
	});
	if (mixed > 0) {
		// Drop the old row versions that still carry the voting transaction's stamp. Best effort:
		// VACUUM cannot run everywhere (a role without ownership), and autovacuum does it anyway.
		await db.execute(sql`vacuum ballots`).catch(() => undefined);
	}
	return mixed;
}

/** Mixes now and then every MIX_EVERY_MS while the app runs; a failed pass is retried next time. */
export function scheduleBallotMixing(db: Database): () => void {
	const run = () => void mixBallots(db).catch(() => undefined);
	run();
	const timer = setInterval(run, MIX_EVERY_MS);
	timer.unref();
	return () => clearInterval(timer);
}
