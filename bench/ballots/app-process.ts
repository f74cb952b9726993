import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** Our own build folders (under .e2e/, which git ignores), so we never clash with another build. */
const BUILD_DIR = '.e2e/bench-ballots/build';
const KIT_DIR = '.e2e/bench-ballots/kit';

/** Builds the app once, unless --reuse-build asks for the last build (e.g. when re-running quickly). */
export function buildApp(): void {
	if (process.argv.includes('--reuse-build') && existsSync(`${BUILD_DIR}/index.js`)) {
		console.log(`build: reusing ${BUILD_DIR}`);
		return;
	}
	const started = performance.now();
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		env: { ...process.env, PLACECRAFT_BUILD_DIR: BUILD_DIR, PLACECRAFT_KIT_DIR: KIT_DIR }
	});
	// The build's own chatter (plugin timings, empty chunks) only matters when it fails.
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		throw new Error(`vite build failed (exit ${result.status})`);
	}
	console.log(`build: ${BUILD_DIR} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export interface RunningApp {
	origin: string;
	pid: number;
	/** Milliseconds from spawning node to the first answered request. */
	readyMs: number;
	child: ChildProcess;
	stop(): Promise<void>;
}

/** Starts `node <build>` on the bench database and waits until it answers (migrations run first). */
export async function startApp(port: number, databaseUrl: string): Promise<RunningApp> {
	const origin = `http://127.0.0.1:${port}`;
	const started = performance.now();
	// BENCH_APP_NODE_ARGS passes flags to the app's node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it).
	const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const child = spawn(process.execPath, [...nodeArgs, BUILD_DIR], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_URL: databaseUrl,
			// The bench seeds its own place; the demo places would only add rows.
			SEED_DEMO: 'false',
			NODE_ENV: 'production'
		}
	});
	let exited = false;
	child.once('exit', () => (exited = true));
	for (;;) {
		if (exited) throw new Error(`the app exited while starting (exit ${child.exitCode})`);
		if (performance.now() - started > 60_000) throw new Error('the app did not answer within 60 s');
		try {
			const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(2000) });
			await response.arrayBuffer();
			if (response.status < 500) break;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	const pid = child.pid!;
	return {
		origin,
		pid,
		readyMs: performance.now() - started,
		child,
		stop: () =>
			new Promise<void>((resolve) => {
				if (exited) return resolve();
				// adapter-node closes its server on SIGTERM, but the app's Postgres pool keeps node
				// alive (nothing listens for 'sveltekit:shutdown' to close it): give it 3 s, then kill.
				const kill = setTimeout(() => {
					console.log(`app: pid ${pid} still running 3 s after SIGTERM; sending SIGKILL`);
					process.kill(pid, 'SIGKILL');
				}, 3000);
				child.once('exit', () => {
					clearTimeout(kill);
					resolve();
				});
				process.kill(pid, 'SIGTERM');
			})
	};
}
