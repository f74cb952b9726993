import { describe, expect, it } from 'vitest';
import { checkCountGate, checkCountStart } from './count-gate';

const test = (opensAt: string, closesAt: string | null) => ({
	kind: 'test' as const,
	position: 3,
	opensAt: new Date(opensAt),
	closesAt: closesAt ? new Date(closesAt) : null,
	settings: { outcomeRule: 'greedy' }
});
const now = new Date('2026-06-15T12:00:00Z');

describe('when a vote may be counted', () => {
	it('refuses while the vote is open, also when it has no closing date', () => {
		expect(checkCountGate({ phases: [test('2026-06-01', '2026-06-30')] }, now)).toEqual({ open: false, reason: 'vote_not_closed' });
		expect(checkCountGate({ phases: [test('2026-06-01', null)] }, now)).toEqual({ open: false, reason: 'vote_not_closed' });
	});

	it('opens once the test phase has closed, with the place’s settings', () => {
		const gate = checkCountGate({ phases: [test('2026-06-01', '2026-06-15T12:00:00Z')] }, now);
		expect(gate).toMatchObject({ open: true, settings: { outcomeRule: 'greedy', ballotType: 'approval' } });
	});

	it('says a cycle without a test phase has no vote', () => {
		expect(checkCountGate({ phases: [] }, now)).toEqual({ open: false, reason: 'no_vote' });
	});

	it('lets nobody start a count of a paused or cancelled cycle, even once its vote has closed', () => {
		const phases = [test('2026-06-01', '2026-06-10')];
		expect(checkCountStart({ status: 'paused', phases }, now)).toEqual({ open: false, reason: 'cycle_stopped' });
		expect(checkCountStart({ status: 'cancelled', phases }, now)).toEqual({ open: false, reason: 'cycle_stopped' });
		expect(checkCountStart({ status: 'active', phases }, now)).toMatchObject({ open: true });
		expect(checkCountStart({ status: 'active', phases: [test('2026-06-01', '2026-06-30')] }, now)).toEqual({ open: false, reason: 'vote_not_closed' });
	});
});
