/**
 * `npm run bench:proposals`: builds 1,000 proposals (with comments, photos, a group and reviews)
 * in an embedded PGlite database — and in a fresh database on the Postgres server at DATABASE_URL
 * when it is set — then times the proposals list page's reads (the same loadProposalListPage the
 * route calls) and counts its queries. Prints figures; passes or fails nothing.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { connectDatabase } from '../../src/lib/server/platform/db/connect';
import type { DatabaseHandle } from '../../src/lib/server/platform/db/database';
import { communityGroups } from '../../src/lib/server/groups/groups.table';
import { countingDatabase } from '../../src/lib/server/proposals/counting-database';
import { loadProposalListPage } from '../../src/lib/server/proposals/proposal-list-page';
import { seedCoCreateCycle } from '../../src/lib/server/testing/proposals';
import { seedManyProposals } from '../../src/lib/server/proposals/seed-many-proposals';

const PROPOSALS = 1000;
const RUNS = 50;
const PAGE_SIZES = [50, 1000];

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

async function measure(name: string, handle: DatabaseHandle): Promise<void> {
	const started = performance.now();
	const [group] = await handle.db.insert(communityGroups).values({ slug: 'bench-group', name: 'Bench group' }).returning();
	const { place, loadCycle } = await seedCoCreateCycle(handle.db, {}, 'bench');
	await seedManyProposals(handle.db, { placeId: place.id, cycleId: (await loadCycle()).id, groupId: group.id, count: PROPOSALS, tag: 'bench' });
	console.log(`${name}: built ${PROPOSALS} proposals in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	for (const pageSize of PAGE_SIZES) {
		const counting = countingDatabase(handle);
		const times: number[] = [];
		let shown = 0;
		for (let run = 0; run < RUNS + 5; run++) {
			counting.reset();
			const start = performance.now();
			const page = await loadProposalListPage(counting.db, { placeSlug: 'bench', cycleSlug: 'c', pageSize });
			const elapsed = performance.now() - start;
			shown = page?.proposals.length ?? 0;
			if (run >= 5) times.push(elapsed); // the first few warm caches and plans
		}
		console.log(
			`${name}: list page of ${shown} (of ${PROPOSALS}): ${counting.count()} queries, median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms over ${RUNS} runs`
		);
	}
}

async function onPostgres(serverUrl: string): Promise<void> {
	const name = `placecraft_bench_${randomBytes(4).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${name}"`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	try {
		const handle = await connectDatabase({ url: url.toString() });
		try {
			await measure('postgres', handle);
		} finally {
			await handle.close();
		}
	} finally {
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
		await admin.end();
	}
}

async function main(): Promise<void> {
	const pglite = await connectDatabase({ dataDir: 'memory://' });
	try {
		await measure('pglite', pglite);
	} finally {
		await pglite.close();
	}
	if (process.env.DATABASE_URL) await onPostgres(process.env.DATABASE_URL);
	else console.log('postgres: skipped (set DATABASE_URL to measure on a server too)');
}

await main();
