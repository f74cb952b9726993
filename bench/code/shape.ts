/**
 * The shape of the code, in figures anyone can reproduce: lines per file in src/ (.ts and .svelte,
 * tests apart from the rest) and the number of import circles dependency-cruiser finds there
 * (the same graph and rule as `npm run lint:deps`). Run: npm run bench:code
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const isTest = (file: string) => /\.(test|e2e|spec)\.ts$/.test(file);

function linesOf(file: string): number {
	const text = readFileSync(file, 'utf8');
	if (text.length === 0) return 0;
	return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function describe(label: string, files: string[]): void {
	const sized = files.map((file) => ({ file, lines: linesOf(file) })).sort((a, b) => b.lines - a.lines);
	const counts = sized.map((s) => s.lines).sort((a, b) => a - b);
	const total = counts.reduce((sum, n) => sum + n, 0);
	const middle = Math.floor(counts.length / 2);
	const median = counts.length === 0 ? 0 : counts.length % 2 ? counts[middle] : (counts[middle - 1] + counts[middle]) / 2;
	console.log(
		`${label}: ${sized.length} files, ${total} lines; lines per file: median ${median}, mean ${(total / Math.max(1, sized.length)).toFixed(1)}`
	);
	console.log(`  files over 150 lines: ${counts.filter((n) => n > 150).length}; the ten largest:`);
	for (const { file, lines } of sized.slice(0, 10)) console.log(`  ${String(lines).padStart(6)}  ${file}`);
}

interface CruisedDependency {
	resolved: string;
	circular?: boolean;
	cycle?: { name: string }[];
}

/** Distinct circles (a circle found from each of its modules is counted once). */
function countCircles(): { circles: string[][]; modules: number } {
	const run = spawnSync('npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
		encoding: 'utf8',
		maxBuffer: 512 * 1024 * 1024
	});
	if (!run.stdout) throw new Error(`depcruise gave no answer (exit ${run.status}): ${run.stderr}`);
	const result = JSON.parse(run.stdout) as { modules: { source: string; dependencies: CruisedDependency[] }[] };
	const seen = new Map<string, string[]>();
	for (const module of result.modules) {
		for (const dependency of module.dependencies) {
			if (!dependency.circular || !dependency.cycle) continue;
			const ring = [module.source, ...dependency.cycle.map((step) => step.name)].slice(0, -1);
			const start = ring.indexOf([...ring].sort()[0]);
			const canonical = [...ring.slice(start), ...ring.slice(0, start)];
			seen.set(canonical.join(' → '), canonical);
		}
	}
	return { circles: [...seen.values()], modules: result.modules.length };
}

const files = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
	.split('\n')
	.filter((file) => /\.(ts|svelte)$/.test(file));
describe(
	'src/ code (.ts, .svelte; tests apart)',
	files.filter((file) => !isTest(file))
);
describe('src/ tests (*.test.ts)', files.filter(isTest));

const { circles, modules } = countCircles();
console.log(`import circles in src/ (dependency-cruiser, ${modules} modules, type-only imports included): ${circles.length}`);
for (const circle of circles) console.log(`  ${[...circle, circle[0]].join(' → ')}`);
