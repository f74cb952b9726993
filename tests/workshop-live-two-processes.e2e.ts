import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { connectToPostgresServer, postgresServerUrl, withoutPostgres } from './support/postgres-server';

/*
 * Live updates with two app processes behind one Postgres database, as a place would run them
 * behind a load balancer: an idea added through one process reaches a live board streamed by the
 * other (LISTEN/NOTIFY, nothing kept in one process), and still does after the streaming process's
 * LISTEN connection is killed. Runs the build the webServer made, on a database of its own.
 */

const port = process.env.E2E_PORT!;
const BUILD_DIR = `.e2e/${port}/build`;
const CODE = 'BRKYTH';


function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

interface App {
	origin: string;
	child: ChildProcess;
}

async function startApp(databaseUrl: string): Promise<App> {
	const appPort = await freePort();
	const origin = `http://127.0.0.1:${appPort}`;
	const child = spawn(process.execPath, [BUILD_DIR], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, PORT: String(appPort), HOST: '127.0.0.1', ORIGIN: origin, DATABASE_URL: databaseUrl, PGLITE_DATA_DIR: '', SEED_DEMO: 'true', NODE_ENV: 'production' }
	});
	// The app migrates and seeds the demo on an empty database before its first answer. On a 2-core machine
	// running the rest of the suite beside it, a second app once took over 90 s to answer.
	try {
		await expect
			.poll(
				async () => {
					if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode})`);
					return fetch(`${origin}/w/${CODE}`).then(
						(r) => r.status,
						() => 0
					);
				},
				{ timeout: 150_000, intervals: [200] }
			)
			.toBe(200);
	} catch (error) {
		// An app that never answered is not left running after the test run (afterAll knows only apps that started).
		child.kill('SIGKILL');
		throw error;
	}
	return { origin, child };
}

function stopApp(app: App | undefined): Promise<void> {
	return new Promise((resolve) => {
		if (!app || app.child.exitCode !== null) return resolve();
		const kill = setTimeout(() => app.child.kill('SIGKILL'), 5000);
		app.child.once('exit', () => {
			clearTimeout(kill);
			resolve();
		});
		app.child.kill('SIGTERM');
	});
}

/** Joins the demo workshop through a process, as a phone without JavaScript does; returns the cookie. */
async function join(app: App, name: string): Promise<string> {
	const response = await fetch(`${app.origin}/w/${CODE}?/join`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.origin, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ name })
	});
	const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
	expect(cookie).toContain(`placecraft_ws_${CODE.toLowerCase()}=`);
	return cookie;
}

async function addIdea(app: App, cookie: string, body: string): Promise<void> {
	const response = await fetch(`${app.origin}/w/${CODE}?/idea`, {
		method: 'POST',
		headers: { origin: app.origin, cookie, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'x-sveltekit-action': 'true' },
		body: new URLSearchParams({ body })
	});
	// Accepted: the action's answer, or the way back to the room page (both only after the idea is stored).
	const answer = await response.json();
	expect(['success', 'redirect']).toContain(answer.type);
}

/** Reads a server-sent event stream in the background and keeps every board it delivers. */
function openStream(url: string, cookie: string) {
	const boards: { ideas: { body: string }[] }[] = [];
	const controller = new AbortController();
	const done = (async () => {
		const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
		expect(response.headers.get('content-type')).toContain('text/event-stream');
		const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
		let buffer = '';
		for (;;) {
			const { value, done } = await reader.read();
			if (done) return;
			buffer += value;
			let end: number;
			while ((end = buffer.indexOf('\n\n')) >= 0) {
				const event = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				const data = event.split('\n').find((line) => line.startsWith('data: '));
				if (event.startsWith('event: board') && data) boards.push(JSON.parse(data.slice(6)));
			}
		}
	})().catch(() => undefined);
	return {
		boards,
		latestIdeas: () => (boards.at(-1)?.ideas ?? []).map((i) => i.body),
		close: async () => {
			controller.abort();
			await done;
		}
	};
}

test.describe('live boards across two app processes', () => {
	test.describe.configure({ mode: 'serial', timeout: 360_000 });

	let admin: postgres.Sql | undefined;
	let databaseUrl = '';
	const database = `placecraft_live_${process.pid}_${Date.now()}`;
	let a: App | undefined;
	let b: App | undefined;

	test.beforeAll(async () => {
		const server = await connectToPostgresServer();
		if (!server) {
			test.skip(true, withoutPostgres('two processes need a shared server'));
			return;
		}
		admin = server;
		await admin.unsafe(`create database "${database}"`);
		const url = new URL(postgresServerUrl);
		url.pathname = `/${database}`;
		databaseUrl = url.toString();
		// One at a time: the first migrates and seeds the demo, the second finds it done.
		a = await startApp(databaseUrl);
		b = await startApp(databaseUrl);
	});

	test.afterAll(async () => {
		await Promise.all([stopApp(a), stopApp(b)]);
		if (admin) {
			await admin.unsafe(`drop database if exists "${database}" with (force)`);
			await admin.end();
		}
	});

	test('an idea added through one process appears on the board the other streams, also after its LISTEN connection is killed', async () => {
		const cookie = await join(a!, 'Two processes');
		// Connections whose last statement was a LISTEN (after an UNLISTEN it no longer matches).
		const listening = () =>
			admin!<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${database} and query ilike 'listen %' and pid <> pg_backend_pid()`.then((rows) => rows.map((r) => r.pid));
		// A stream opens and closes: B listens while it is open, and stops when the last one goes.
		const brief = openStream(`${b!.origin}/w/${CODE}/live`, cookie);
		await expect.poll(() => brief.boards.length, { timeout: 15_000 }).toBeGreaterThan(0);
		expect(await listening()).toHaveLength(1);
		await brief.close();
		await expect.poll(listening, { timeout: 15_000 }).toHaveLength(0);

		const stream = openStream(`${b!.origin}/w/${CODE}/live`, cookie);
		try {
			// The first event is the whole board: the demo's ideas are on it.
			await expect.poll(() => stream.boards.length, { timeout: 15_000 }).toBeGreaterThan(0);
			expect(stream.latestIdeas()).toContain('Free wifi and phone charging points.');

			await addIdea(a!, cookie, 'A bike shelter by the door (sent to process A)');
			await expect.poll(stream.latestIdeas, { timeout: 15_000 }).toContain('A bike shelter by the door (sent to process A)');

			// Kill the connection process B listens on (the only LISTEN on our database: A streams nothing).
			const before = await listening();
			expect(before).toHaveLength(1);
			await admin!`select pg_terminate_backend(${before[0]})`;
			// Added while B's LISTEN is down or coming back: B re-reads the board once it listens again.
			await addIdea(a!, cookie, 'Music lessons on Thursdays (added while B was reconnecting)');
			await expect.poll(stream.latestIdeas, { timeout: 30_000 }).toContain('Music lessons on Thursdays (added while B was reconnecting)');

			// And B listens again: the next idea arrives as before.
			await expect.poll(async () => (await listening()).filter((pid) => pid !== before[0]).length, { timeout: 15_000 }).toBe(1);
			await addIdea(a!, cookie, 'A noticeboard for lost and found (after the reconnect)');
			await expect.poll(stream.latestIdeas, { timeout: 15_000 }).toContain('A noticeboard for lost and found (after the reconnect)');
		} finally {
			await stream.close();
		}
	});
});
