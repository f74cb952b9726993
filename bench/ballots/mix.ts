/**
 * `npm run bench:ballots:mix`: what a mixing pass (src/lib/server/voting/mix-ballots.ts) costs on a
 * real Postgres server, for one pot of 10,000 and of 50,000 ballots. Seeds the bench's open vote
 * (no residents) in its own database (placecraft_bench_mix unless BENCH_DATABASE says otherwise),
 * inserts the ballots and participations straight into the tables as casts would leave them, then
 * times: the first pass (every row of the pot rewritten), a pass with nothing due (the look for due
 * pots), and a pass after an hour's new votes (the whole pot rewritten again). Prints figures;
 * passes or fails nothing (not part of npm test).
 */
import { sql } from 'drizzle-orm';

process.env.BENCH_DATABASE ??= 'placecraft_bench_mix';
const { recreateBenchDatabase } = await import('./bench-database');
const { seedOpenVote } = await import('./seed-open-vote');
const { mixBallots } = await import('../../src/lib/server/voting/mix-ballots');
const { machineLine, ms } = await import('./report');
const { rowsOf } = await import('../../src/lib/server/platform/db/rows');

const handle = await recreateBenchDatabase();
const { db } = handle;
const vote = await seedOpenVote(db, 0);

/** `count` votes as castBallot leaves them: a participation and an unmixed ballot each. */
async function castStraightIn(count: number) {
	await db.execute(sql`
		insert into participations (place_id, cycle_id, pot_id, voter_key, channel, voted_hour)
		select ${vote.placeId}, ${vote.cycleId}, null, 'user:' || gen_random_uuid(), 'online', date_trunc('hour', now(), 'UTC')
		from generate_series(1, ${count})`);
	await db.execute(sql`
		insert into ballots (place_id, cycle_id, pot_id, channel, choices, receipt_hash, cast_hour)
		select ${vote.placeId}, ${vote.cycleId}, null, 'online', jsonb_build_object('choices', jsonb_build_array(${vote.proposalIds[0]}::text)), md5(random()::text) || md5(random()::text), date_trunc('hour', now(), 'UTC')
		from generate_series(1, ${count})`);
}

const timed = async (label: string) => {
	const started = performance.now();
	const written = await mixBallots(db);
	const took = performance.now() - started;
	const [size] = rowsOf<{ ballots: string; participations: string }>(
		await db.execute(sql`select pg_size_pretty(pg_total_relation_size('ballots')) as ballots, pg_size_pretty(pg_total_relation_size('participations')) as participations`)
	);
	console.log(`${label}: ${written} ballots written back in ${ms(took)} (vacuum included); ballots ${size.ballots}, participations ${size.participations} on disk`);
};

console.log(`machine: ${machineLine()}`);
try {
	let total = 0;
	for (const pot of [10_000, 50_000]) {
		await castStraightIn(pot - total);
		total = pot;
		await timed(`${pot} ballots, first pass`);
		await timed(`${pot} ballots, nothing due`);
		await castStraightIn(100);
		total += 100;
		await timed(`${pot} ballots + an hour's 100 votes`);
	}
} finally {
	await handle.close();
}
