import { describe, expect, it } from 'vitest';
import { checkVoteGate } from './vote-gate';

const day = (n: number) => new Date(Date.UTC(2026, 5, n));
const phases = (testSettings: Record<string, unknown> = {}) => [
	{ kind: 'discover' as const, position: 1, opensAt: day(1), closesAt: day(5), settings: {} },
	{ kind: 'co_create' as const, position: 2, opensAt: day(5), closesAt: day(10), settings: {} },
	{ kind: 'test' as const, position: 3, opensAt: day(10), closesAt: day(20), settings: testSettings },
	{ kind: 'implement' as const, position: 4, opensAt: day(20), closesAt: null, settings: {} }
];

describe('the vote gate', () => {
	it('opens only while the test phase is open in an active cycle, with the place’s ballot settings', () => {
		expect(checkVoteGate({ status: 'active', phases: phases({ ballotType: 'knapsack' }) }, day(12))).toMatchObject({ open: true, settings: { ballotType: 'knapsack' } });
		expect(checkVoteGate({ status: 'active', phases: phases() }, day(7))).toEqual({ open: false, reason: 'voting_closed' });
		expect(checkVoteGate({ status: 'active', phases: phases() }, day(21))).toEqual({ open: false, reason: 'voting_closed' });
		expect(checkVoteGate({ status: 'finished', phases: phases() }, day(12))).toEqual({ open: false, reason: 'voting_closed' });
	});

	it('stays shut when the place paused voting', () => {
		expect(checkVoteGate({ status: 'active', phases: phases({ votingOpen: false }) }, day(12))).toEqual({ open: false, reason: 'voting_closed' });
	});
});
