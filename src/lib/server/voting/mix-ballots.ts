import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { ballots, participations } from './voting.table';

/** How often the app mixes: the same grain as the hour a ballot keeps, so a batch is an hour's votes. */
export const MIX_EVERY_MS = 60 * 60 * 1000;

/** First key of the two-key advisory lock that lets one app process at a time mix a pot. */
const MIX_LOCK_SPACE = 7_283_004;

type PotRef = { cycleId: string; potId: string | null };

/**
 * Breaks the links a database reader could follow from a voter to their ballot. Postgres keeps, on
 * every row, the id of the transaction that wrote it (the hidden `xmin` column) and the row's
 * place in the table (`ctid`, in the order rows were written). Until something rewrites them:
 * - a ballot and its participation, written in one transaction (so a crash keeps both or neither),
 *   share a stamp; so do a paper voter's participation and the `paper.entered` audit row that
 *   names the paper's serial, the staff member and the minute;
 * - a re-voted ballot carries the stamp of the moment it changed;
 * - both tables hold their rows in the order votes arrived, so the k-th participation is near the
 *   k-th ballot, and the audit trail's numbered paper entries line up with the paper participations.
 * A pot needs mixing when it has a ballot not mixed since it was cast or changed (a re-vote clears
 * `mixed`), when its ballots and participations do not all carry one stamp (a new participation:
 * a paper entry waiting for its check has no ballot yet), or when it has participations and no
 * ballot. Mixing a pot deletes all its ballots and all its participations and writes them back in
 * random order, in one transaction: every row of the pot then carries that transaction's stamp and
 * sits in a random place, so neither says anything finer than the pot. The ballots' hours become
 * the pot's latest (the hour a ballot keeps then says "cast by this hour": an hour in which one
 * person voted would otherwise name their ballot); the participations keep theirs, which say only
 * who voted when. The ids, choices and receipt hashes are kept as they were; the unique keys hold
 * throughout (the old rows are deleted and the new ones written by one transaction, which a
 * concurrent cast waits for), so one voter is still one ballot and no ballot is lost.
 * Between casting and the next pass (at most MIX_EVERY_MS) the links exist for anyone who can read
 * the database's system columns; the old row versions go with the vacuum after the pass. Returns
 * how many ballots were written back.
 */
export async function mixBallots(db: Database): Promise<number> {
	const due = rowsOf<{ cycle_id: string; pot_id: string | null }>(
		await db.execute(sql`
			select cycle_id, pot_id from (
				select cycle_id, pot_id, xmin::text as stamp, not mixed as unmixed, 1 as ballot from ballots
				union all
				select cycle_id, pot_id, xmin::text, false, 0 from participations
			) as pot_rows
			group by cycle_id, pot_id
			having bool_or(unmixed) or count(distinct stamp) > 1 or max(ballot) = 0`)
	);
	let written = 0;
	for (const pot of due) written += await mixPot(db, { cycleId: pot.cycle_id, potId: pot.pot_id });
	if (due.length > 0) {
		// Drop the old row versions that still carry the voting transactions' stamps. Best effort:
		// VACUUM cannot run everywhere (a role without ownership), and autovacuum does it anyway.
		await db.execute(sql`vacuum ballots, participations`).catch(() => undefined);
	}
	return written;
}

/** Rewrites one pot's ballots and participations in random order, in one transaction; returns the ballots written. */
async function mixPot(db: Database, pot: PotRef): Promise<number> {
	return db.transaction(async (tx) => {
		// Two app processes mixing one pot at once would delete the same rows in different orders.
		await tx.execute(sql`select pg_advisory_xact_lock(${MIX_LOCK_SPACE}::int, hashtext(${`${pot.cycleId}:${pot.potId ?? ''}`}))`);
		// Every ballot of the pot gets its latest hour: an hour with one voter in it would otherwise
		// pair their participation's hour with their ballot's.
		const count = await rewriteInRandomOrder(tx, ballots, pot, { [ballots.mixed.name]: sql`true`, [ballots.castHour.name]: sql`max(${sql.identifier(ballots.castHour.name)}) over ()` });
		await rewriteInRandomOrder(tx, participations, pot);
		return count;
	});
}

/**
 * Deletes a pot's rows of `table` and inserts them again in random order, in one statement. Every
 * column is copied (read from the table's definition, so a column added later is not lost), except
 * those given in `set`. Returns how many rows were written.
 */
async function rewriteInRandomOrder(tx: Database, table: typeof ballots | typeof participations, pot: PotRef, set: Record<string, SQL> = {}): Promise<number> {
	const names = Object.values(getTableColumns(table)).map((column) => column.name);
	const columns = sql.join(
		names.map((name) => sql.identifier(name)),
		sql`, `
	);
	const values = sql.join(
		names.map((name) => set[name] ?? sql.identifier(name)),
		sql`, `
	);
	const inPot = pot.potId === null ? sql`pot_id is null` : sql`pot_id = ${pot.potId}`;
	const rows = rowsOf<{ n: number }>(
		await tx.execute(sql`
			with gone as (delete from ${sql.identifier(getTableName(table))} where cycle_id = ${pot.cycleId} and ${inPot} returning *),
			written as (insert into ${sql.identifier(getTableName(table))} (${columns}) select ${values} from gone order by random() returning 1)
			select count(*)::int as n from written`)
	);
	return rows[0].n;
}

/** Mixes now and then every MIX_EVERY_MS while the app runs; a failed pass is retried next time. */
export function scheduleBallotMixing(db: Database): () => void {
	const run = () => void mixBallots(db).catch(() => undefined);
	run();
	const timer = setInterval(run, MIX_EVERY_MS);
	timer.unref();
	return () => clearInterval(timer);
}
