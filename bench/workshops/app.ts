import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../ballots/app-process';
import postgres from 'postgres';

/** Our own build and database, so we never clash with a browser-test run or another bench. */
const BUILD_DIR = '.e2e/bench-workshops/build';
const KIT_DIR = '.e2e/bench-workshops/kit';
export const BENCH_DATABASE = process.env.BENCH_DATABASE ?? 'placecraft_bench_workshops';
const serverUrl = () => process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function benchDatabaseUrl(): string {
	const url = new URL(serverUrl());
	url.pathname = `/${BENCH_DATABASE}`;
	return url.toString();
}

/** Builds the production app once, unless --reuse-build asks for the last build. */
export function buildApp(): void {
	if (process.argv.includes('--reuse-build') && existsSync(`${BUILD_DIR}/index.js`)) return console.log(`build: reusing ${BUILD_DIR}`);
	const started = performance.now();
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		env: { ...process.env, PLACECRAFT_BUILD_DIR: BUILD_DIR, PLACECRAFT_KIT_DIR: KIT_DIR }
	});
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		throw new Error(`vite build failed (exit ${result.status})`);
	}
	console.log(`build: ${BUILD_DIR} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

/** Drops and creates the bench database; the app migrates it and seeds the demo on its first start. */
export async function recreateBenchDatabase(): Promise<void> {
	const admin = postgres(serverUrl(), { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`drop database if exists "${BENCH_DATABASE}" with (force)`);
		await admin.unsafe(`create database "${BENCH_DATABASE}"`);
	} finally {
		await admin.end();
	}
}

export interface RunningApp {
	origin: string;
	pid: number;
	child: ChildProcess;
	stop(): Promise<void>;
}

/** `node <build>` on the bench database with the demo seeded, once it answers. */
export async function startApp(): Promise<RunningApp> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [BUILD_DIR], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, DATABASE_URL: benchDatabaseUrl(), SEED_DEMO: 'true', NODE_ENV: 'production' }
	});
	const started = performance.now();
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the app exited while starting (exit ${child.exitCode})`);
		if (performance.now() - started > 120_000) throw new Error('the app did not answer within 120 s');
		const status = await fetch(`${origin}/w`, { signal: AbortSignal.timeout(2000) }).then(
			(r) => r.arrayBuffer().then(() => r.status),
			() => 0
		);
		if (status === 200) break;
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		origin,
		pid: child.pid!,
		child,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
				child.once('exit', () => {
					clearTimeout(kill);
					resolve();
				});
				child.kill('SIGTERM');
			})
	};
}
