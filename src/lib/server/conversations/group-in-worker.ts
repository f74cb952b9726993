/**
 * Groups a conversation's answers on a worker thread, as the results count does
 * (`results/count-in-worker.ts`): grouping thousands of residents takes CPU that must not block the
 * requests the app serves meanwhile. The worker runs this same module; only the pure engine and
 * node:worker_threads are imported, so starting it costs little.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { groupOpinions, type OpinionGroups } from '../../conversation/group-opinions';
import type { OpinionMatrix } from '../../conversation/opinion-matrix';

const JOB = 'placecraft-conversation';

if (!isMainThread && workerData?.job === JOB && parentPort) {
	try {
		parentPort.postMessage({ ok: true, result: groupOpinions(workerData.matrix as OpinionMatrix) });
	} catch (error) {
		parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
	}
}

export type Grouper = (matrix: OpinionMatrix) => Promise<OpinionGroups>;

export const groupInWorker: Grouper = (matrix) => {
	const self = new URL(import.meta.url);
	// Under Vite's dev server and vitest this module is TypeScript source: the worker loads it through tsx.
	const source = self.pathname.endsWith('.ts');
	const entry = source ? `require('tsx/cjs/api').require(${JSON.stringify(self.pathname)}, __filename)` : self;
	return new Promise((resolve, reject) => {
		const worker = new Worker(entry, { eval: source, workerData: { job: JOB, matrix } });
		worker.once('message', (message: { ok: true; result: OpinionGroups } | { ok: false; message: string }) => {
			void worker.terminate();
			if (message.ok) resolve(message.result);
			else reject(new Error(message.message));
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`The grouping's worker stopped (exit code ${code})`));
		});
	});
};
