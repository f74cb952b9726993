import { randomUUID } from 'node:crypto';
import { hourOf, newReceiptCode } from '../../src/lib/server/voting/cast-ballot';
import { hashCode } from '../../src/lib/server/voting/hash-code';
import { benchSql } from './bench-database';
import type { OpenVote } from './seed-open-vote';

/**
 * The floor under the app: the same transaction castBallot runs (a participation, then an anonymous
 * ballot with the hour-rounded time and the receipt code's hash), straight through postgres.js,
 * from `concurrency` workers sharing a pool as big as the app's (DATABASE_POOL_SIZE, default 10).
 * No HTTP, session, page checks or ballot validation: the ratio app/direct is what those cost.
 */
export async function insertDirectly(vote: OpenVote, count: number, concurrency: number): Promise<{ ballots: number; seconds: number }> {
	const sql = benchSql(Number(process.env.DATABASE_POOL_SIZE ?? 10));
	let next = 0;
	let ballots = 0;
	const castOne = async (index: number) => {
		const hour = hourOf(new Date());
		const choices = { choices: [vote.proposalIds[index % vote.proposalIds.length]] };
		await sql.begin(async (tx) => {
			const [participation] = await tx`
				insert into participations (place_id, cycle_id, pot_id, voter_key, channel, voted_hour)
				values (${vote.placeId}, ${vote.cycleId}, null, ${`user:${randomUUID()}`}, 'online', ${hour})
				on conflict do nothing returning id`;
			if (!participation) return;
			await tx`
				insert into ballots (place_id, cycle_id, pot_id, channel, choices, receipt_hash, cast_hour)
				values (${vote.placeId}, ${vote.cycleId}, null, 'online', ${tx.json(choices)}, ${hashCode(newReceiptCode())}, ${hour})`;
			ballots++;
		});
	};
	try {
		// Warm the pool's connections first, as the app's are warm by the time it is measured.
		await Promise.all(Array.from({ length: concurrency }, () => sql`select 1`));
		const started = performance.now();
		await Promise.all(
			Array.from({ length: concurrency }, async () => {
				while (next < count) await castOne(next++);
			})
		);
		return { ballots, seconds: (performance.now() - started) / 1000 };
	} finally {
		await sql.end();
	}
}
