/**
 * Builds a closed vote of 100,000 ballots on PGlite (in this process) and on the Postgres server,
 * counts it with the app's own code, then times what a request for the results page does on the
 * server (its load function, as imported from the route) and the open-data .pb download (its GET
 * handler). Prints figures beside the target; passes or fails nothing.
 */
import { loadavg } from 'node:os';
import { eq } from 'drizzle-orm';
import { anonymous } from '../../src/lib/server/auth/actor';
import type { DatabaseHandle } from '../../src/lib/server/platform/db/database';
import { connectDatabase } from '../../src/lib/server/platform/db/connect';
import { countingDatabase } from '../../src/lib/server/proposals/counting-database';
import { countHere, startCount } from '../../src/lib/server/results/count-pot';
import { publishDecisionStatement, recordResultChange } from '../../src/lib/server/decisions/decisions';
import { results } from '../../src/lib/server/results/results.table';
import { useDatabase } from './app-database';
import { benchPostgres } from './bench-postgres';
import { seedClosedVote } from './seed-closed-vote';
import { printReport, type Figures } from './report';

const BALLOTS = Number(process.env.BENCH_BALLOTS ?? 100_000);
const PROPOSALS = 20;
const RUNS = 50;
const WARM_UP = 5;
const DOWNLOADS = 5;

const { load } = await import('../../src/routes/places/[place]/cycles/[cycle]/results/+page.server');
const { GET: downloadPb } = await import('../../src/routes/places/[place]/cycles/[cycle]/results/[pot]/ballots.pb/+server');

const median = (values: number[]) => percentile(values, 50);
function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const seconds = (since: number) => (performance.now() - since) / 1000;

async function measure(name: string, handle: DatabaseHandle): Promise<Figures> {
	let started = performance.now();
	const vote = await seedClosedVote(handle.db, { ballotCount: BALLOTS, proposalCount: PROPOSALS, now: new Date() });
	const seedSeconds = seconds(started);
	console.log(`${name}: ${BALLOTS.toLocaleString('en-GB')} ballots in ${seedSeconds.toFixed(1)} s`);

	// The count as the app makes it (startCount, then finishCount off the request path), with the
	// engine on this thread instead of a worker: the same engine, timed on its own too.
	let engineMs = 0;
	started = performance.now();
	const count = await startCount(
		{ db: handle.db, now: new Date(), count: async (election, options) => {
			const engineStarted = performance.now();
			const outcome = await countHere(election, options);
			engineMs = performance.now() - engineStarted;
			return outcome;
		} },
		{ place: vote.place, cycle: vote.cycle, potId: vote.potId, actor: vote.lead }
	);
	if (!count.ok) throw new Error(`bench: the count did not start (${count.error})`);
	await count.finished;
	const countSeconds = seconds(started);
	const [stored] = await handle.db.select().from(results).where(eq(results.id, count.resultId));
	if (stored.state !== 'counted' || stored.ballotCount !== BALLOTS) throw new Error(`bench: the count ended ${stored.state} (${stored.error ?? stored.ballotCount})`);
	console.log(`${name}: counted in ${countSeconds.toFixed(1)} s (engine ${(engineMs / 1000).toFixed(1)} s): ${stored.selected!.length} of ${PROPOSALS} funded`);
	// What the team writes afterwards is on the page too: two versions of a statement and a change.
	const lead = { kind: 'person' as const, ...vote.lead, displayName: null, isSteward: false, roles: { [vote.place.id]: 'lead' as const } };
	const target = { place: vote.place, cycle: vote.cycle, potId: vote.potId };
	for (const body of ['We will build what was funded this year.', 'We will build what was funded this year, the cheapest first.'])
		await publishDecisionStatement({ db: handle.db, now: new Date() }, lead, target, { body, language: 'en' });
	const [dropped, next] = stored.selected!;
	await recordResultChange({ db: handle.db, now: new Date() }, lead, target, { kind: 'project_dropped', proposalId: dropped, toProposalId: next, amountMinor: 100_000, reason: 'The council will not allow it.' });

	// The results page: its load function, N times after a warm-up, through a drizzle that counts statements.
	const counting = countingDatabase(handle);
	useDatabase(counting.db);
	const event = { params: vote.params, locals: { actor: anonymous } } as unknown as Parameters<typeof load>[0];
	const times: number[] = [];
	let queries = 0;
	for (let run = 0; run < WARM_UP + RUNS; run++) {
		counting.reset();
		started = performance.now();
		const page = (await load(event)) as { pots: { result: { state: string; ballotCount: number } | null }[] };
		const elapsed = performance.now() - started;
		if (page.pots[0]?.result?.ballotCount !== BALLOTS) throw new Error('bench: the page did not show the stored count');
		queries = counting.count();
		if (run >= WARM_UP) times.push(elapsed);
	}
	console.log(`${name}: results page load ×${RUNS}: median ${median(times).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, ${queries} queries`);

	// The .pb download: every ballot read, shuffled and written out, on each request.
	const downloadEvent = { params: { ...vote.params, pot: vote.potId } } as unknown as Parameters<typeof downloadPb>[0];
	const downloads: number[] = [];
	let bytes = 0;
	for (let run = 0; run < 1 + DOWNLOADS; run++) {
		started = performance.now();
		const response = await downloadPb(downloadEvent);
		bytes = Buffer.byteLength(await response.text());
		if (run > 0) downloads.push(performance.now() - started);
	}
	console.log(`${name}: .pb download ×${DOWNLOADS}: median ${median(downloads).toFixed(0)} ms, ${(bytes / 1e6).toFixed(1)} MB`);

	return {
		name,
		seedSeconds,
		countSeconds,
		engineSeconds: engineMs / 1000,
		funded: stored.selected!.length,
		loadMedianMs: median(times),
		loadP95Ms: percentile(times, 95),
		queries,
		pbMedianMs: median(downloads),
		pbMegabytes: bytes / 1e6
	};
}

const figures: Figures[] = [];
const loadBefore = loadavg();
const pglite = await connectDatabase({ dataDir: 'memory://' });
try {
	figures.push(await measure('PGlite', pglite));
} finally {
	await pglite.close();
}
const postgres = await benchPostgres();
if (postgres.ok) {
	try {
		figures.push(await measure('Postgres', postgres.handle));
	} finally {
		await postgres.handle.close();
	}
} else console.log(`Postgres: skipped (${postgres.reason})`);

printReport({ ballots: BALLOTS, proposals: PROPOSALS, runs: RUNS, downloads: DOWNLOADS, loadBefore, loadAfter: loadavg() }, figures);
