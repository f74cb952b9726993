/**
 * Runs the tally engine on a worker thread, so counting a large vote (a second or more of CPU)
 * never blocks the requests the app is serving meanwhile. The worker runs this same module: in a
 * worker it counts and posts the result back. Only the tally engine and node:worker_threads are
 * imported here, so loading the module in a worker costs little.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { tallyElection, type Election, type TallyOptions, type TallyResult } from '../../tally';

const JOB = 'placecraft-tally';

if (!isMainThread && workerData?.job === JOB && parentPort) {
	const { election, options } = workerData as { election: Election; options: TallyOptions };
	try {
		parentPort.postMessage({ ok: true, result: tallyElection(election, options) });
	} catch (error) {
		parentPort.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
	}
}

export function countInWorker(election: Election, options: TallyOptions): Promise<TallyResult> {
	const self = new URL(import.meta.url);
	// Under Vite's dev server and vitest this module is TypeScript source: the worker loads it through tsx.
	const source = self.pathname.endsWith('.ts');
	const entry = source ? `require('tsx/cjs/api').require(${JSON.stringify(self.pathname)}, __filename)` : self;
	return new Promise((resolve, reject) => {
		const worker = new Worker(entry, { eval: source, workerData: { job: JOB, election, options } });
		worker.once('message', (message: { ok: true; result: TallyResult } | { ok: false; message: string }) => {
			void worker.terminate();
			if (message.ok) resolve(message.result);
			else reject(new Error(message.message));
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`The count's worker stopped (exit code ${code})`));
		});
	});
}
