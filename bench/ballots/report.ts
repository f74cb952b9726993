import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** The machine as the figures were taken: they mean little without it. */
export function machineLine(): string {
	const [one, five, fifteen] = loadavg().map((l) => l.toFixed(2));
	return `${cpus().length} cores (${cpus()[0]?.model.trim()}), load average ${one} ${five} ${fifteen}, node ${process.version}`;
}

export interface Row {
	figure: string;
	value: string;
	target?: string;
	/** Whether the target was met; undefined for a figure with no target. */
	met?: boolean;
}

export function printTable(rows: Row[]): void {
	const width = (pick: (r: Row) => string) => Math.max(...rows.map((r) => pick(r).length));
	const figureWidth = width((r) => r.figure);
	const valueWidth = width((r) => r.value);
	const targetWidth = width((r) => r.target ?? '');
	for (const row of rows) {
		const verdict = row.met === undefined ? '' : row.met ? 'PASS' : 'MISS';
		console.log(`  ${row.figure.padEnd(figureWidth)}  ${row.value.padStart(valueWidth)}  ${(row.target ?? '').padEnd(targetWidth)}  ${verdict}`.trimEnd());
	}
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => `${value.toFixed(0)} ms`;

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); null elsewhere. */
export function cpuMsOf(pid: number): number | null {
	try {
		// Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
	} catch {
		return null;
	}
}

const CLOCK_TICKS = (() => {
	try {
		return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
	} catch {
		return 100;
	}
})();
