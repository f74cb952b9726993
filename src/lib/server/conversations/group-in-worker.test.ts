import { describe, expect, it } from 'vitest';
import { groupOpinions } from '../../conversation/group-opinions';
import { plantCommonGround } from '../../conversation/testing/plant-opinions';
import { groupInWorker } from './group-in-worker';

describe('grouping on a worker thread', () => {
	it('gives exactly what the engine gives on the calling thread', async () => {
		const { matrix } = plantCommonGround([300, 200], 5, 10, 0.7, 'worker test');
		const here = groupOpinions(matrix);
		const there = await groupInWorker(matrix);
		expect(there.groupSizes).toEqual(here.groupSizes);
		expect([...there.labels]).toEqual([...here.labels]);
		expect(there.bridging).toEqual(here.bridging);
		expect(there.dividing).toEqual(here.dividing);
	});
});
