/**
 * `npm run bench:workshops`: how many phones one app process serves with live workshop boards
 * updating in under a second. Builds the app, starts it on a fresh Postgres database (the demo
 * seeded), and for each N of the ramp: a fresh live room, N participants,
 * N plain-HTTP server-sent-event streams (/w/<code>/live, one socket each, as N phones), then ideas
 * and then dots posted through the app at a steady rate. For every post and every stream it takes
 * the delay from the post's response to the arrival of the first board showing it. (Participants
 * are made in the database with the cookie joining sets: the join form is rate-limited per address.) Prints figures;
 * passes or fails nothing. `--reuse-build` skips the build; BENCH_STEPS=25,50 picks the ramp.
 */
import { loadavg } from 'node:os';
import { cpuMsOf, machineLine } from '../ballots/report';
import { buildApp, recreateBenchDatabase, startApp } from './app';
import { decodeBoards, delaysOf, percentile, type Post } from './measure';
import { joinRoom, PhoneStream, postRoomForm, refusals } from './phones';
import { addParticipants, createRoom, moveToDots } from './room';

const STEPS = (process.env.BENCH_STEPS ?? '25,50,100,200,400,800,1600,3200').split(',').map(Number);
/** Posts per second: a lively room (60 people each adding an idea every 12 s). */
const RATE = Number(process.env.BENCH_RATE ?? 5);
const PHASE_S = Number(process.env.BENCH_PHASE_S ?? 8);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fires `count` posts at RATE per second whatever the answers' speed, as a room would. */
async function postSteadily(count: number, post: (i: number) => Promise<Post>): Promise<Post[]> {
	const started = performance.now();
	const posts: Promise<Post>[] = [];
	for (let i = 0; i < count; i++) {
		const due = started + (i * 1000) / RATE;
		const wait = due - performance.now();
		if (wait > 0) await sleep(wait);
		posts.push(post(i).catch(() => ({ marker: i, respondedAt: performance.now(), ok: false })));
	}
	return Promise.all(posts);
}

console.log(`machine: ${machineLine()}`);
buildApp();
await recreateBenchDatabase();
const app = await startApp();
console.log(`app: pid ${app.pid} at ${app.origin}; ${RATE} posts/s for ${PHASE_S} s of ideas, then ${PHASE_S} s of dots, per step`);
const rows: { n: number; updates: number; samples: number; p50: number; p95: number; p99: number; max: number; errors: number; postP50: number; appCpu: string; benchCpu: string }[] = [];
try {
	for (const [step, n] of STEPS.entries()) {
		const room = await createRoom(step);
		const cookies = await addParticipants(room, n);
		// One through the app's own join form when it lets us (it may say 429), to stay true to what the app sets.
		cookies[0] = (await joinRoom(app.origin, room.joinCode, 'Phone 0')) ?? cookies[0];
		await sleep(300);
		// Phones open their streams 50 at a time, as a room fills (not all in one millisecond).
		const streams: PhoneStream[] = [];
		for (let from = 0; from < n; from += 50) {
			const batch = cookies.slice(from, from + 50).map((cookie, i) => new PhoneStream(app.origin, room.joinCode, cookie, () => from + i === 0));
			streams.push(...batch);
			await Promise.all(batch.map((s) => s.ready()));
		}
		const cpuBefore = cpuMsOf(app.pid);
		const benchCpuBefore = process.cpuUsage();
		const wallBefore = performance.now();
		const postTimes: number[] = [];
		const timed = async (send: () => Promise<boolean>, marker: number, ideaId?: string): Promise<Post> => {
			const sent = performance.now();
			const ok = await send();
			const respondedAt = performance.now();
			postTimes.push(respondedAt - sent);
			return { marker, ideaId, respondedAt, ok };
		};
		const ideas = await postSteadily(RATE * PHASE_S, (i) =>
			timed(() => postRoomForm(app.origin, room.joinCode, 'idea', { body: `bench idea ${i} end` }, cookies[i % n]), i)
		);
		await sleep(1500);
		await moveToDots(room);
		await sleep(1500);
		const reference = streams[0];
		const lastBoard = JSON.parse(reference.texts.at(-1)!.slice(reference.texts.at(-1)!.indexOf('data: ') + 6)) as { ideas: { id: string; body: string }[] };
		const targets = lastBoard.ideas.filter((idea) => idea.body.startsWith('bench idea ')).map((idea) => idea.id);
		const dotsOn: Record<string, number> = {};
		// Dots go to the targets in turn; the k-th dot on an idea is seen when its total reaches k (counted in the order the answers came).
		const dots = await postSteadily(RATE * PHASE_S, (i) => {
			const ideaId = targets[i % targets.length];
			return timed(() => postRoomForm(app.origin, room.joinCode, 'addDot', { activity: room.dotsActivityId, idea: ideaId }, cookies[(i * 7) % n]), 0, ideaId);
		});
		for (const post of [...dots].sort((a, b) => a.respondedAt - b.respondedAt)) if (post.ok) post.marker = dotsOn[post.ideaId!] = (dotsOn[post.ideaId!] ?? 0) + 1;
		await sleep(1500);
		const cpuAfter = cpuMsOf(app.pid);
		const benchCpu = process.cpuUsage(benchCpuBefore);
		const wall = performance.now() - wallBefore;
		for (const stream of streams) stream.close();

		const shown = decodeBoards(reference.texts, room.dotsActivityId);
		const figures = delaysOf(streams, shown, { ideas, dots });
		const sorted = figures.delays.sort((a, b) => a - b);
		const failedPosts = [...ideas, ...dots].filter((p) => !p.ok).length;
		const broken = streams.filter((s) => s.error && s.error !== 'stream ended');
		const streamErrors = broken.length;
		if (broken.length) console.log(`  broken streams: ${[...new Set(broken.map((s) => s.error))].join('; ')}`);
		postTimes.sort((a, b) => a - b);
		rows.push({
			n,
			updates: shown.length - 1,
			samples: sorted.length,
			p50: percentile(sorted, 50),
			p95: percentile(sorted, 95),
			p99: percentile(sorted, 99),
			max: sorted.at(-1) ?? NaN,
			errors: failedPosts + streamErrors + figures.missing + figures.misaligned,
			postP50: percentile(postTimes, 50),
			appCpu: cpuBefore !== null && cpuAfter !== null ? `${(((cpuAfter - cpuBefore) / wall) * 100).toFixed(0)}%` : '?',
			benchCpu: `${(((benchCpu.user + benchCpu.system) / 1000 / wall) * 100).toFixed(0)}%`
		});
		const r = rows.at(-1)!;
		console.log(
			`N=${n}: ${r.updates} board updates, ${r.samples} delays, p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, max ${r.max.toFixed(0)} ms; ` +
				`errors ${r.errors} (${failedPosts} failed posts, ${streamErrors} broken streams, ${figures.missing} not seen, ${figures.misaligned} streams out of step); post p50 ${r.postP50.toFixed(0)} ms; CPU of one core: app ${r.appCpu}, bench clients ${r.benchCpu}; load average ${loadavg()[0].toFixed(1)}`
		);
		if (refusals.length) console.log(`  refused posts (first ${refusals.length}): ${refusals.splice(0).join(' | ')}`);
		await sleep(1000);
	}
} finally {
	await app.stop();
}

const cell = (v: number) => (Number.isNaN(v) ? '–' : v.toFixed(0));
console.log(`\nlive workshop boards, one app process on Postgres — ${machineLine()}`);
console.log(`${RATE} posts/s (ideas, then dots); delay = a post's response → a phone's stream receiving the board that shows it (ms)`);
console.log(['N phones', 'updates', 'delays', 'p50', 'p95', 'p99', 'max', 'errors', 'post p50', 'app CPU', 'bench CPU'].map((h) => h.padStart(9)).join(' '));
for (const r of rows) console.log([r.n, r.updates, r.samples, cell(r.p50), cell(r.p95), cell(r.p99), cell(r.max), r.errors, cell(r.postP50), r.appCpu, r.benchCpu].map((v) => String(v).padStart(9)).join(' '));
/** The largest N of the ramp up to which every step kept the figure under 1 s (errors are listed, not disqualifying: see the column). */
const under = (pick: (r: (typeof rows)[number]) => number) => {
	let most = 0;
	for (const r of rows) {
		if (!(pick(r) < 1000)) break;
		most = r.n;
	}
	return most || 'none';
};
console.log(`largest N with every step up to it under 1 s: p95 ${under((r) => r.p95)}, p99 ${under((r) => r.p99)} (the ramp stopped at ${STEPS.at(-1)})`);
