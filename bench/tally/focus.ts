/**
 * `npx tsx bench/tally/focus.ts [file.pb …]`: MES+add1 rule time on the two target files (or the
 * files named), RUNS times each (default 3), wall clock and process CPU time (the CPU figure is
 * steadier when other work shares the machine), with the number of MES runs add1 made and how
 * many of them fell back to exact arithmetic (a fast path that silently stops proving shows there).
 */
import { fileURLToPath } from 'node:url';
import { readPabulibFile } from '../../src/lib/tally/pabulib/read-file';
import { tallyElection } from '../../src/lib/tally/tally';

const DATA = fileURLToPath(new URL('../../tests/fixtures/pabulib/data/', import.meta.url));
const files = process.argv.slice(2).length ? process.argv.slice(2) : ['Poland_Warszawa_2026.pb', 'France_Toulouse_2022.pb'];
const N = Number(process.env.RUNS ?? 3);
for (const file of files) {
	const election = await readPabulibFile(DATA + file);
	const times: number[] = [];
	const cpus: number[] = [];
	let last: { selected: string[]; runs?: number; exactRuns?: number } | undefined;
	for (let i = 0; i < N; i++) {
		const start = performance.now();
		const cpu = process.cpuUsage();
		last = tallyElection(election, { rule: 'mes', completion: 'add1', tieBreak: 'lexico' });
		const used = process.cpuUsage(cpu);
		times.push(performance.now() - start);
		cpus.push((used.user + used.system) / 1000);
	}
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
	const list = (values: number[]) => values.map((t) => t.toFixed(0)).join(', ');
	console.log(`${file}: rule time median ${median(times).toFixed(1)} ms [${list(times)}], CPU median ${median(cpus).toFixed(1)} ms [${list(cpus)}]; ${last?.selected.length} funded, ${last?.runs} MES runs (${last?.exactRuns} in exact arithmetic)`);
}
