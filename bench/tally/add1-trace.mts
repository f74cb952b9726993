/**
 * `npx tsx bench/tally/add1-trace.mts [file.pb]`: add1's walk on one election, run by run — the
 * block, whether its proof held, how many sets the trial listed, and the time — summed by kind
 * of run. A copy of runAdd1's loop (completion.ts) for measuring, not a second implementation.
 */
// TALLY=/path/to/src/lib/tally compares another copy of the engine (e.g. the last commit's).
const base = process.env.TALLY ?? '../../src/lib/tally';
const { readPabulibFile } = await import(base + '/pabulib/read-file');
const { buildProfile } = await import(base + '/profile');
const { makeTieBreak } = await import(base + '/tiebreak');
const { runMesFastTrial } = await import(base + '/rules/mes-fast-trial');
const { runMes } = await import(base + '/rules/mes');
const { isExhaustive } = await import(base + '/rules/completion');
const { sumCosts } = await import(base + '/rules/outcome');
const f = new URL('../../tests/fixtures/pabulib/data/' + (process.argv[2] ?? 'France_Toulouse_2022.pb'), import.meta.url).pathname;
const e = await readPabulibFile(f);
const t0 = performance.now();
const profile = buildProfile(e, 'cost');
const tieBreak = makeTieBreak('lexico', profile);
console.log('buildProfile', (performance.now() - t0).toFixed(1), 'ms; groups', profile.groupWeight.length, 'unit', profile.unit);
const classify = (s: number[]) => (sumCosts(s, profile.costs) > profile.budget ? 'over' : isExhaustive(profile, s) ? 'exhaustive' : 'more');
const n = BigInt(profile.voterCount);
let rows: { step: bigint; block: bigint; ok: boolean; sets: number; ms: number }[] = [];
const verbose = !!process.env.VERBOSE;
for (let rep = Number(process.env.REPEAT ?? 10); rep-- > 0; ) {
rows = [];
const verbose1 = verbose && rep === 0;
let top = 8n, block = top, streak = 0;
for (let step = 0n; ; ) {
	if (block > 1n) {
		const input = { perVoter: { num: 2n * profile.budget + (2n * step + block - 1n) * profile.unit * n, den: 2n * n }, tieBreak };
		const s = performance.now();
		const sets = runMesFastTrial(profile, input, (Number(block - 1n) / 2) * Number(profile.unit));
		const ms = performance.now() - s;
		const verdicts = new Set(sets?.map(classify));
		const ok = !!sets && verdicts.size === 1;
		rows.push({ step, block, ok, sets: sets ? sets.length : -1, ms });
		if (verbose1) console.log(step, block, ok, sets ? sets.length : 'null', [...verdicts].join(','), ms.toFixed(2));
		if (!ok) {
			if (block === top && top > 2n) { top /= 2n; streak = 0; }
			block /= 2n;
			continue;
		}
		if (block === top && ++streak >= 3 && top < 32n) { top *= 2n; streak = 0; }
		const [v] = verdicts;
		if (v !== 'more') { if (rep === 0) console.log('end', v, step); break; }
	} else {
		const s = performance.now();
		const out = runMes(profile, { perVoter: { num: profile.budget + step * profile.unit * n, den: n }, tieBreak }, false);
		const ms = performance.now() - s;
		rows.push({ step, block, ok: true, sets: 1, ms });
		if (verbose1) console.log(step, 1, 'single', classify(out.selected), ms.toFixed(2));
		const v = classify(out.selected);
		if (v !== 'more') { if (rep === 0) console.log('end', v, step); break; }
	}
	step += block;
	block = block < top ? 2n * block : top;
}
}
const groups = new Map<string, { count: number; ms: number }>();
for (const r of rows) {
	const k = `block ${r.block} ${r.ok ? 'ok' : 'FAIL'}`;
	const g = groups.get(k) ?? { count: 0, ms: 0 };
	g.count++; g.ms += r.ms; groups.set(k, g);
}
for (const [k, g] of [...groups].sort()) console.log(k.padEnd(20), String(g.count).padStart(5), g.ms.toFixed(1).padStart(8), 'ms');
console.log('runs', rows.length, 'total', rows.reduce((a, r) => a + r.ms, 0).toFixed(1), 'ms');
