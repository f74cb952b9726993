/**
 * `npm run bench:ballots:crash`: casts ballots at a steady rate through the built app, kills the
 * app with SIGKILL several times at random moments and restarts it, then retries every ballot that
 * got no answer (same resident). Afterwards Postgres must hold every acknowledged ballot (found by
 * its receipt code's hash) and no resident twice. Exits non-zero if a ballot was lost or doubled.
 * `--reuse-build` skips the build.
 */
import { benchDatabaseUrl, benchSql, recreateBenchDatabase } from './bench-database';
import { buildApp, freePort, startApp, type RunningApp } from './app-process';
import { castBallotOnce, type CastAnswer } from './cast-request';
import { machineLine, ms } from './report';
import { seedOpenVote } from './seed-open-vote';
import { checkAfterCrashes } from './crash-check';

const RATE = 50;
const CRASHES = 4;
const VOTERS = 6000;
/** Seconds of submitting before each crash (random in this range), and after the last restart. */
const GAP_S: [number, number] = [3, 8];
const TAIL_S = 3;

const sleep = (milliseconds: number) => new Promise((r) => setTimeout(r, milliseconds));

console.log(`machine: ${machineLine()}`);
buildApp();
const handle = await recreateBenchDatabase();
const vote = await seedOpenVote(handle.db, VOTERS);
await handle.close();

const port = await freePort();
let app: RunningApp = await startApp(port, benchDatabaseUrl());
const origin = app.origin;
console.log(`app: pid ${app.pid}, answering after ${ms(app.readyMs)}; casting ${RATE}/s, ${CRASHES} crashes`);

/** Receipt codes by voter index: the ballots the app acknowledged. */
const acknowledged = new Map<number, string>();
/** Voters whose cast got no answer (connection refused or cut, a server error): they retry later. */
const unanswered = new Set<number>();
const otherAnswers = new Map<string, number>();
const inFlight = new Set<Promise<void>>();

const cast = (index: number) => castBallotOnce(origin, vote.votePath, vote.proposalIds, vote.voters[index], index);
const note = (answer: Exclude<CastAnswer, { kind: 'receipt' }>) => {
	const key = answer.kind === 'other' ? answer.detail.replace(/[0-9a-f-]{36}/g, '…').slice(0, 80) : answer.kind;
	otherAnswers.set(key, (otherAnswers.get(key) ?? 0) + 1);
};

let next = 0;
const submitter = setInterval(() => {
	if (next >= VOTERS) return;
	const index = next++;
	const attempt = cast(index).then((answer) => {
		if (answer.kind === 'receipt') acknowledged.set(index, answer.receiptCode);
		else {
			unanswered.add(index);
			note(answer);
		}
	});
	inFlight.add(attempt);
	attempt.finally(() => inFlight.delete(attempt));
}, 1000 / RATE);

const restarts: { atS: number; downMs: number; startMs: number }[] = [];
const started = performance.now();
for (let crash = 0; crash < CRASHES; crash++) {
	await sleep((GAP_S[0] + Math.random() * (GAP_S[1] - GAP_S[0])) * 1000);
	const killedAt = performance.now();
	const exited = new Promise((resolve) => app.child.once('exit', resolve));
	process.kill(app.pid, 'SIGKILL');
	await exited;
	app = await startApp(port, benchDatabaseUrl());
	restarts.push({ atS: (killedAt - started) / 1000, downMs: performance.now() - killedAt, startMs: app.readyMs });
	console.log(`crash ${crash + 1}: SIGKILL at ${((killedAt - started) / 1000).toFixed(1)} s, answering again after ${ms(performance.now() - killedAt)} (pid ${app.pid})`);
}
await sleep(TAIL_S * 1000);
clearInterval(submitter);
const submittingS = (performance.now() - started) / 1000;
await Promise.all(inFlight);
const submitted = next;

// A resident whose page showed an error tries again. Their first try may have been recorded just
// before the crash: then the answer must be "already voted", never a second ballot.
let retriedReceipts = 0;
let retriedAlreadyVoted = 0;
const stillUnanswered: number[] = [];
for (const index of unanswered) {
	let answer: CastAnswer = { kind: 'other', detail: 'not tried' };
	for (let attempt = 0; attempt < 5 && answer.kind === 'other'; attempt++) {
		if (attempt > 0) await sleep(200);
		answer = await cast(index);
	}
	if (answer.kind === 'receipt') {
		acknowledged.set(index, answer.receiptCode);
		retriedReceipts++;
	} else if (answer.kind === 'already_voted') retriedAlreadyVoted++;
	else stillUnanswered.push(index);
}
await app.stop();

console.log(`\nsubmitted ${submitted} first tries (one every ${1000 / RATE} ms, when the timer keeps up) over ${submittingS.toFixed(0)} s; ${unanswered.size} got no receipt:`);
for (const [answer, count] of otherAnswers) console.log(`  ${count} × ${answer}`);
console.log(`retried those: ${retriedReceipts} receipts, ${retriedAlreadyVoted} "already voted" (recorded before the crash, answer lost), ${stillUnanswered.length} still unanswered`);

const sql = benchSql(1);
const verdict = await checkAfterCrashes(sql, vote, acknowledged, retriedAlreadyVoted);
await sql.end();
const downs = restarts.map((r) => ms(r.downMs)).join(', ');
const starts = restarts.map((r) => ms(r.startMs)).join(', ');
console.log(`\ncrash test — ${machineLine()}`);
console.log(`  crashes (SIGKILL)              ${restarts.length}`);
console.log(`  kill → answering again          ${downs}`);
console.log(`  node start → answering          ${starts}`);
console.log(`  acknowledged (receipt shown)    ${acknowledged.size}`);
console.log(`  of those in the database        ${verdict.found}`);
console.log(`  lost (must be 0)                ${verdict.lost}`);
console.log(`  residents with 2+ ballots (0)   ${verdict.duplicates}`);
console.log(`  ballots / participations        ${verdict.ballots} / ${verdict.participations}`);
console.log(`  unexplained ballots (0)         ${verdict.unexplained}`);
const failed = verdict.lost > 0 || verdict.duplicates > 0 || verdict.ballots !== verdict.participations || verdict.unexplained !== 0 || stillUnanswered.length > 0;
console.log(failed ? '\nFAILED: a ballot was lost or counted twice (see above)' : '\nOK: every acknowledged ballot is in the database, once');
process.exitCode = failed ? 1 : 0;
