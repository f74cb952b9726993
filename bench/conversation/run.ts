/**
 * `npm run bench:conversation`: groups a conversation of 5,000 participants × 200 statements, about 60%
 * answered, with three groups planted in it (20 statements everyone agrees with, 60 each group holds
 * alone), in a worker thread as the app would. Prints the time of a cold run (a fresh worker: loading
 * the code included), three warm runs, whether the planted groups were found, and the machine's load.
 * Target (issue 22): grouping ≤ 2 s.
 */
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OpinionMatrix } from '../../src/lib/conversation/opinion-matrix';
import { plantCommonGround } from '../../src/lib/conversation/testing/plant-opinions';

type Reply = { ms: number; groups: number; groupSizes: number[]; silhouette: number | null; bridging: number; dividing: number; labels: Int32Array };

const PARTICIPANTS = [2_000, 1_800, 1_200];
const load = () => loadavg().map((value) => value.toFixed(1)).join(' ');

function ask(worker: Worker, matrix: OpinionMatrix): Promise<Reply> {
	return new Promise((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
		worker.postMessage(matrix);
	});
}

/** Share of pairs of participants that the found groups and the planted ones put together or apart alike. */
function agreement(found: Int32Array, planted: Int32Array): number {
	let same = 0;
	let pairs = 0;
	for (let i = 0; i < found.length; i += 7) {
		for (let j = i + 1; j < found.length; j += 13) {
			pairs++;
			if ((found[i] === found[j]) === (planted[i] === planted[j])) same++;
		}
	}
	return same / pairs;
}

async function main(): Promise<void> {
	console.log(`load before: ${load()}`);
	const built = performance.now();
	const { matrix, groupOf } = plantCommonGround(PARTICIPANTS, 20, 60, 0.6, 'bench conversation');
	let answered = 0;
	for (const answer of matrix.answers) if (answer !== -128) answered++;
	console.log(
		`conversation: ${matrix.participants} participants × ${matrix.statements} statements, ${((100 * answered) / matrix.answers.length).toFixed(1)}% answered (${answered} answers), built in ${(performance.now() - built).toFixed(0)} ms`
	);
	const startedAt = performance.now();
	const worker = new Worker(new URL('./group-worker.mjs', import.meta.url));
	const cold = await ask(worker, matrix);
	const coldTotal = performance.now() - startedAt;
	console.log(`cold (fresh worker): grouping ${cold.ms.toFixed(0)} ms, ${coldTotal.toFixed(0)} ms with starting the worker and sending the answers`);
	const warm: number[] = [];
	let last = cold;
	for (let run = 0; run < 3; run++) {
		const sent = performance.now();
		last = await ask(worker, matrix);
		warm.push(performance.now() - sent);
		console.log(`warm ${run + 1}: grouping ${last.ms.toFixed(0)} ms, ${warm[run].toFixed(0)} ms round trip`);
	}
	await worker.terminate();
	console.log(
		`found ${last.groups} groups of ${last.groupSizes.join(', ')} (planted ${PARTICIPANTS.join(', ')}), silhouette ${last.silhouette?.toFixed(2)}, ` +
			`pairs agreeing with the planted groups ${(100 * agreement(last.labels, groupOf)).toFixed(1)}%; ${last.bridging} common-ground statements (planted 20), ${last.dividing} dividing`
	);
	console.log(`target: grouping ≤ 2,000 ms — cold ${cold.ms.toFixed(0)} ms, warm median ${[...warm].sort((a, b) => a - b)[1].toFixed(0)} ms`);
	console.log(`load after: ${load()}`);
}

await main();
