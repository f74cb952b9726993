import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, test, type Browser, type Page } from '@playwright/test';
import postgres from 'postgres';
import { connectToPostgresServer, postgresServerUrl, withoutPostgres } from './postgres-server';

/**
 * The build the webServer made, started on a database of its own on the Postgres server, for tests
 * that must change what no form may (close a vote within a day of opening it, say) without touching
 * the shared app's data. Null when no Postgres answers: the caller skips, saying why.
 */
export type AppOfItsOwn = {
	origin: string;
	/** Straight into the app's own database. */
	sql: postgres.Sql;
	/** A 360 px phone on this app. */
	phone(browser: Browser, javaScriptEnabled: boolean): Promise<Page>;
	/** Closes a cycle's vote a minute ago, as if its last day had passed. */
	closeTheVote(cycleSlug: string): Promise<void>;
	stop(): Promise<void>;
};

export async function startAppOfItsOwn(name: string, readyPath: string): Promise<AppOfItsOwn | null> {
	const admin = await connectToPostgresServer();
	if (!admin) return null;
	const databaseName = `placecraft_${name}_${process.env.E2E_PORT}_${Date.now()}`;
	await admin.unsafe(`create database ${databaseName}`);
	const url = new URL(postgresServerUrl);
	url.pathname = `/${databaseName}`;
	const sql = postgres(url.toString(), { max: 1, onnotice: () => undefined });
	const appPort = await freePort();
	const origin = `http://127.0.0.1:${appPort}`;
	const child = spawn(process.execPath, [`.e2e/${process.env.E2E_PORT}/build`], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, PORT: String(appPort), HOST: '127.0.0.1', ORIGIN: origin, DATABASE_URL: url.toString(), PGLITE_DATA_DIR: '', SEED_DEMO: 'true', NODE_ENV: 'production' }
	});
	// The app migrates and seeds the demo on an empty database before its first answer.
	await expect
		.poll(
			async () => {
				if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode})`);
				return fetch(`${origin}${readyPath}`).then(
					(r) => r.status,
					() => 0
				);
			},
			{ timeout: 120_000, intervals: [500] }
		)
		.toBe(200);
	return {
		origin,
		sql,
		async phone(browser, javaScriptEnabled) {
			const context = await browser.newContext({ baseURL: origin, viewport: { width: 360, height: 740 }, javaScriptEnabled });
			return context.newPage();
		},
		async closeTheVote(cycleSlug) {
			await sql`update phases set opens_at = now() - interval '10 days', closes_at = now() - interval '1 minute'
				where kind = 'test' and cycle_id = (select id from cycles where slug = ${cycleSlug})`;
		},
		async stop() {
			if (child.exitCode === null) {
				const exited = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGTERM');
				await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
				if (child.exitCode === null) child.kill('SIGKILL');
			}
			await sql.end();
			await admin.unsafe(`drop database if exists ${databaseName} with (force)`).catch(() => undefined);
			await admin.end();
		}
	};
}

/**
 * Starts the app before the file's (or describe block's) tests and stops it after them; `prepare`
 * then sets what the tests need. Where no Postgres answers, the tests skip, saying `why` they need it.
 * Returns the app for the tests to use.
 */
export function useAppOfItsOwn(name: string, readyPath: string, why: string, prepare?: (app: AppOfItsOwn) => Promise<unknown>): () => AppOfItsOwn {
	let app: AppOfItsOwn | null = null;
	test.beforeAll(async () => {
		test.setTimeout(180_000);
		app = await startAppOfItsOwn(name, readyPath);
		test.skip(!app, withoutPostgres(why));
		await prepare?.(app!);
	});
	test.afterAll(async () => {
		await app?.stop();
	});
	return () => app!;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}
