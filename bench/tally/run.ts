/**
 * `npm run bench:tally`: parse time and rule time for every reference file × rule, the totals,
 * and the three targets with the reference engines' times beside them. Reads the fixtures copied
 * into tests/fixtures/pabulib, resolved from this file (not the working directory).
 */
import { fileURLToPath } from 'node:url';
import type { Election } from '../../src/lib/tally/election';
import { readReferenceRows } from '../../src/lib/tally/fixtures';
import { readPabulibFile } from '../../src/lib/tally/pabulib/read-file';
import { tallyElection } from '../../src/lib/tally/tally';
import { drawWeights, withWeights } from '../../src/lib/tally/testing/weighted';

const DATA = fileURLToPath(new URL('../../tests/fixtures/pabulib/data/', import.meta.url));
const rows = readReferenceRows();
const elections = new Map<string, Election>();
const pad = (text: string | number, width: number) => String(text).padEnd(width);
const ms = (value: number) => value.toFixed(1);

async function timeParse(file: string): Promise<number> {
	const start = performance.now();
	elections.set(file, await readPabulibFile(DATA + file));
	return performance.now() - start;
}

/** Wall time, and this process's CPU time (what a loaded machine's wall time hides). */
function timeRule(row: (typeof rows)[number], election = elections.get(row.file)!): { ms: number; cpuMs: number; ok: boolean } {
	const start = performance.now();
	const cpu = process.cpuUsage();
	const result = tallyElection(election, { rule: row.rule, completion: row.completion, ordinalUtility: row.ordinalUtility, tieBreak: 'lexico' });
	const elapsed = performance.now() - start;
	const used = process.cpuUsage(cpu);
	const want = new Set(row.selected);
	const ok = result.selected.length === want.size && result.selected.every((id) => want.has(id));
	return { ms: elapsed, cpuMs: (used.user + used.system) / 1000, ok };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
	let parseTotal = 0;
	let ruleTotal = 0;
	let referenceTotal = 0;
	let agree = 0;
	console.log(pad('file', 60) + pad('rule', 28) + pad('parse ms', 10) + pad('rule ms', 10) + pad('ref s', 9) + 'same set');
	for (const file of [...new Set(rows.map((row) => row.file))]) {
		const parseMs = await timeParse(file);
		parseTotal += parseMs;
		for (const row of rows.filter((r) => r.file === file)) {
			const { ms: ruleMs, ok } = timeRule(row);
			ruleTotal += ruleMs;
			referenceTotal += row.seconds;
			if (ok) agree++;
			const rule = `${row.rule} ${row.completion} ${row.ordinalUtility ?? ''}`;
			console.log(pad(file, 60) + pad(rule, 28) + pad(ms(parseMs), 10) + pad(ms(ruleMs), 10) + pad(row.seconds, 9) + (ok ? 'yes' : 'NO'));
		}
	}
	console.log(`\ntotal: parse ${ms(parseTotal)} ms, rules ${ms(ruleTotal)} ms over ${rows.length} rows (reference engines ${referenceTotal.toFixed(1)} s); ${agree}/${rows.length} rows fund the reference set`);
	const mesAdd1 = (file: string) => rows.find((r) => r.file === file && r.rule === 'mes' && r.completion === 'add1')!;
	const warszawa = median([0, 1, 2].map(() => timeRule(mesAdd1('Poland_Warszawa_2026.pb')).ms));
	const toulouse = median([0, 1, 2].map(() => timeRule(mesAdd1('France_Toulouse_2022.pb')).ms));
	const wroclawRuns: number[] = [];
	for (let i = 0; i < 3; i++) wroclawRuns.push(await timeParse('Poland_Wroclaw_2015_150_-_500.pb'));
	const wroclaw = median(wroclawRuns);
	console.log(
		`targets (median of 3): MES+add1 Warszawa 2026 rule ${ms(warszawa)} ms (target ≤ 1000; equalshares.net 18 s, pabutools 447 s)` +
			` | MES+add1 Toulouse 2022 rule ${ms(toulouse)} ms (target ≤ 90; pabutools 88 s)` +
			` | parse Wrocław 2015 ${ms(wroclaw)} ms (target ≤ 300)`
	);
	// Weighted voters (issue 21): the same count with a random weight in {1, 1.5, 2} on every voter.
	const row = mesAdd1('Poland_Warszawa_2026.pb');
	const plain = elections.get(row.file)!;
	const weighted = withWeights(plain, drawWeights(plain.voters.length, [1, 1.5, 2], 21));
	// Alternated, so a change in the machine's load falls on both alike.
	const plainRuns: ReturnType<typeof timeRule>[] = [];
	const weightedRuns: ReturnType<typeof timeRule>[] = [];
	for (let i = 0; i < 3; i++) {
		plainRuns.push(timeRule(row, plain));
		weightedRuns.push(timeRule(row, weighted));
	}
	const [plainMs, weightedMs] = [plainRuns, weightedRuns].map((runs) => median(runs.map((run) => run.ms)));
	const [plainCpu, weightedCpu] = [plainRuns, weightedRuns].map((runs) => median(runs.map((run) => run.cpuMs)));
	console.log(
		`weighted (median of 3, alternated): MES+add1 Warszawa 2026 with weights in {1, 1.5, 2} rule ${ms(weightedMs)} ms (CPU ${ms(weightedCpu)} ms)` +
			` vs unweighted ${ms(plainMs)} ms (CPU ${ms(plainCpu)} ms): ${(weightedMs / plainMs).toFixed(2)}× wall, ${(weightedCpu / plainCpu).toFixed(2)}× CPU (target ≤ 1.5×)`
	);
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
