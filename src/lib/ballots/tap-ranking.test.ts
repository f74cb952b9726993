import { describe, expect, it } from 'vitest';
import { rankOrder, tapRank } from './tap-ranking';

describe('ranking by tapping', () => {
	it('ranks proposals in the order they are tapped', () => {
		let ranks = tapRank({}, 'bus', 3);
		ranks = tapRank(ranks, 'park', 3);
		expect(ranks).toEqual({ bus: 1, park: 2 });
		expect(rankOrder(ranks)).toEqual(['bus', 'park']);
	});

	it('takes a tapped ranked proposal off and moves the later ones up, leaving no gap', () => {
		expect(tapRank({ bus: 1, park: 2, jobs: 3 }, 'bus', 3)).toEqual({ park: 1, jobs: 2 });
	});

	it('ranks no more than the ballot allows', () => {
		expect(tapRank({ bus: 1, park: 2 }, 'jobs', 2)).toEqual({ bus: 1, park: 2 });
	});

	it('mends ranks with a gap (from a refilled form) when tapped', () => {
		expect(tapRank({ bus: 1, park: 3 }, 'jobs', 3)).toEqual({ bus: 1, park: 2, jobs: 3 });
	});
});
