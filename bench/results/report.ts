/** One database's figures. */
export interface Figures {
	name: string;
	seedSeconds: number;
	countSeconds: number;
	engineSeconds: number;
	funded: number;
	loadMedianMs: number;
	loadP95Ms: number;
	queries: number;
	pbMedianMs: number;
	pbMegabytes: number;
}

const TARGET_MS = 100;

/** The figures side by side, each row with the target where it sets one. */
export function printReport(
	run: { ballots: number; proposals: number; runs: number; downloads: number; loadBefore: number[]; loadAfter: number[] },
	figures: Figures[]
): void {
	const n = (value: number) => value.toLocaleString('en-GB');
	const rows: [string, (f: Figures) => string, string][] = [
		['ballots inserted (batches of 4,000)', (f) => `${f.seedSeconds.toFixed(1)} s`, ''],
		['count: startCount → stored result', (f) => `${f.countSeconds.toFixed(1)} s`, 'off the request path'],
		['  of which the tally engine (Equal Shares)', (f) => `${f.engineSeconds.toFixed(1)} s`, 'a worker thread in the app'],
		['  proposals funded', (f) => `${f.funded} of ${run.proposals}`, ''],
		[`results page load, median of ${run.runs}`, (f) => `${f.loadMedianMs.toFixed(2)} ms`, `≤ ${TARGET_MS} ms`],
		[`results page load, p95 of ${run.runs}`, (f) => `${f.loadP95Ms.toFixed(2)} ms`, `≤ ${TARGET_MS} ms`],
		['  queries per load', (f) => String(f.queries), 'the same for any number of ballots'],
		[`.pb download (GET), median of ${run.downloads}`, (f) => `${n(Math.round(f.pbMedianMs))} ms`, 'reads every ballot'],
		['  .pb size', (f) => `${f.pbMegabytes.toFixed(1)} MB`, '']
	];
	const header = ['', ...figures.map((f) => f.name), 'target'];
	const table = [header, ...rows.map(([label, value, target]) => [label, ...figures.map(value), target])];
	const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
	console.log(`\nResults page, one pot of ${n(run.ballots)} ballots on ${run.proposals} proposals (issue 7 target: ≤ ${TARGET_MS} ms server time)`);
	for (const row of table) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   '));
	const avg = (load: number[]) => load.map((l) => l.toFixed(2)).join(' ');
	console.log(`\nload average (1, 5, 15 min): ${avg(run.loadBefore)} before, ${avg(run.loadAfter)} after`);
	const over = figures.filter((f) => f.loadP95Ms > TARGET_MS).map((f) => f.name);
	console.log(over.length === 0 ? `Within the target on ${figures.map((f) => f.name).join(' and ')}.` : `Over the target on: ${over.join(', ')}.`);
}
