/**
 * `npm run bench:ballots`: builds the app, seeds a place whose vote is open with thousands of
 * signed-in residents on a fresh Postgres database (placecraft_bench_ballots), starts the built app
 * and casts ballots through it with autocannon, each request a different resident; then the same
 * inserts straight into Postgres, and the vote page's weight. Prints figures beside the targets of
 * issue 6; passes or fails nothing (not part of npm test). `--reuse-build` skips the build.
 */
import { benchDatabaseUrl, benchSql, recreateBenchDatabase } from './bench-database';
import { buildApp, freePort, startApp } from './app-process';
import { insertDirectly } from './direct-inserts';
import { castUnderLoad, VoterQueue, type LoadResult } from './load';
import { weighVotePage } from './page-weight';
import { cpuMsOf, kb, machineLine, ms, printTable } from './report';
import { seedOpenVote } from './seed-open-vote';

const VOTERS = 30_000;
const CONNECTIONS = 32;
const MEASURE_S = 10;
const RATE = 200;

const describe = (name: string, run: LoadResult) =>
	`${name}: ${run.receipts} receipts, ${run.alreadyVoted} already voted, ${run.other} other, ${run.errors} connection errors in ${run.durationS.toFixed(1)} s; p50 ${ms(run.p50)}, p99 ${ms(run.p99)}` +
	(run.sample ? `\n  first other answer: ${run.sample}` : '') +
	(run.ranOut ? '\n  ran out of voters: raise VOTERS' : '');

console.log(`machine: ${machineLine()}`);
buildApp();
const handle = await recreateBenchDatabase();
const seeding = performance.now();
const vote = await seedOpenVote(handle.db, VOTERS);
await handle.close();
console.log(`seeded: 1 open approval vote, ${vote.proposalIds.length} proposals, ${VOTERS} residents with sessions in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

const app = await startApp(await freePort(), benchDatabaseUrl());
const queue = new VoterQueue(vote);
let weight, warm, max, fixed;
let appCpuPerBallot: number | null = null;
let benchCpuPerBallot: number;
try {
	console.log(`app: pid ${app.pid}, answering after ${ms(app.readyMs)}; casts post ?/cast as use:enhance does (accept: application/json), so the answer is the action's JSON, not a rendered page`);
	weight = await weighVotePage(app.origin, vote.votePath, vote.voters[queue.take()!]);
	warm = await castUnderLoad(app.origin, queue, { connections: CONNECTIONS, amount: 1000 });
	console.log(describe('warm-up', warm));
	// Sized from the warm-up to last about MEASURE_S seconds, so every request is answered before
	// autocannon stops and the database can be compared with the answers exactly.
	const amount = Math.max(1000, Math.min(Math.round((warm.receipts / warm.durationS) * MEASURE_S), VOTERS - queue.next - RATE * MEASURE_S - 100));
	const appCpuBefore = cpuMsOf(app.pid);
	const benchCpuBefore = process.cpuUsage();
	max = await castUnderLoad(app.origin, queue, { connections: CONNECTIONS, amount });
	const appCpu = cpuMsOf(app.pid);
	const benchCpu = process.cpuUsage(benchCpuBefore);
	// Where the two cores went: the app's node process per ballot, and autocannon's (this process).
	if (appCpu !== null && appCpuBefore !== null) appCpuPerBallot = (appCpu - appCpuBefore) / max.receipts;
	benchCpuPerBallot = (benchCpu.user + benchCpu.system) / 1000 / max.receipts;
	console.log(describe(`most ballots/s (${CONNECTIONS} connections)`, max));
	fixed = await castUnderLoad(app.origin, queue, { connections: 50, amount: RATE * MEASURE_S, overallRate: RATE });
	console.log(describe(`steady ${RATE}/s`, fixed));
} finally {
	await app.stop();
}

const sql = benchSql(1);
const [counts] = await sql`select (select count(*)::int from ballots) as ballots, (select count(*)::int from participations) as participations`;
await sql.end();
const receipts = warm.receipts + max.receipts + fixed.receipts;
const consistent = counts.ballots === counts.participations && counts.ballots === receipts;
console.log(`database: ${counts.ballots} ballots, ${counts.participations} participations, ${receipts} receipts answered — ${consistent ? 'all equal' : 'NOT EQUAL'}`);

const direct = await insertDirectly(vote, max.receipts, CONNECTIONS);
const appRate = max.receipts / max.durationS;
const directRate = direct.ballots / direct.seconds;
console.log(`direct to Postgres: ${direct.ballots} ballots in ${direct.seconds.toFixed(1)} s (${CONNECTIONS} workers, pool ${process.env.DATABASE_POOL_SIZE ?? 10})`);
console.log(`vote page scripts, largest first (gzip -9): ${weight.scripts.map((s) => `${s.path.replace('/_app/immutable/', '')} ${kb(s.gzip)}`).join(', ')}`);

console.log(`\nballots through the app vs straight into Postgres — ${machineLine()}`);
printTable([
	{ figure: 'ballots/s through the app', value: appRate.toFixed(0), target: '≥ 500 on 2 cores', met: appRate >= 500 },
	{ figure: '  p50 / p99 at full load', value: `${ms(max.p50)} / ${ms(max.p99)}` },
	{ figure: '  CPU per ballot: app / autocannon', value: `${appCpuPerBallot === null ? '?' : appCpuPerBallot.toFixed(2)} / ${benchCpuPerBallot.toFixed(2)} ms` },
	{ figure: 'ballots/s straight into Postgres', value: directRate.toFixed(0) },
	{ figure: 'ratio app / direct', value: (appRate / directRate).toFixed(2), target: '≥ 0.5', met: appRate / directRate >= 0.5 },
	{ figure: `steady run: ${RATE}/s asked, achieved`, value: `${(fixed.receipts / fixed.durationS).toFixed(0)}/s` },
	{ figure: `p50 at ${RATE}/s`, value: ms(fixed.p50) },
	{ figure: `p99 at ${RATE}/s`, value: ms(fixed.p99), target: '< 250 ms', met: fixed.p99 < 250 },
	{ figure: 'database agrees with the answers', value: consistent ? 'yes' : 'no', target: 'yes', met: consistent },
	{ figure: `vote page JS, gzip -9 (${weight.js.files} files)`, value: kb(weight.js.gzip), target: '≤ 30 KB', met: weight.js.gzip <= 30 * 1024 },
	{ figure: '  JS brotli / raw', value: `${kb(weight.js.brotli)} / ${kb(weight.js.raw)}` },
	{ figure: '  HTML + CSS gzip -9', value: `${kb(weight.html.gzip)} + ${kb(weight.css.gzip)}` },
	{ figure: 'vote page total (HTML+CSS+JS), gzip -9', value: kb(weight.html.gzip + weight.css.gzip + weight.js.gzip) }
]);
console.log('\nJS and CSS are compressed as adapter-node precompresses static files (gzip level 9, brotli max), which it serves;');
console.log('node sends the HTML uncompressed, so its figure assumes a compressing proxy. autocannon runs in this process, on the same cores as the app and Postgres.');
