/** The bench's worker: groups the conversation it is sent and answers with how long each part took. */
import { parentPort } from 'node:worker_threads';
import { groupOpinions } from '../../src/lib/conversation/group-opinions';
import type { OpinionMatrix } from '../../src/lib/conversation/opinion-matrix';

parentPort!.on('message', (matrix: OpinionMatrix) => {
	const start = performance.now();
	const result = groupOpinions(matrix);
	const ms = performance.now() - start;
	parentPort!.postMessage({ ms, groups: result.groups, groupSizes: result.groupSizes, silhouette: result.silhouette, bridging: result.bridging.length, dividing: result.dividing.length, labels: result.labels });
});
