import { describe, expect, it } from 'vitest';
import { listCallsToAction } from './calls-to-action';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cycle = (settings: { discover?: object; co_create?: object; test?: object } = {}, status: 'active' | 'paused' = 'active') => ({
	status,
	phases: [
		{ kind: 'discover' as const, position: 1, opensAt: d('2026-03-01'), closesAt: d('2026-04-01'), settings: settings.discover ?? {} },
		{ kind: 'co_create' as const, position: 2, opensAt: d('2026-04-01'), closesAt: d('2026-05-01'), settings: settings.co_create ?? {} },
		{ kind: 'test' as const, position: 3, opensAt: d('2026-05-01'), closesAt: d('2026-06-01'), settings: settings.test ?? {} }
	]
});

describe('what a resident is asked to do now', () => {
	it('is to say what matters while discover is open, until it closes', () => {
		expect(listCallsToAction(cycle(), d('2026-03-10'))).toEqual([{ kind: 'discover', closesAt: d('2026-04-01') }]);
	});

	it('is to send in an idea in co-create, and to vote while the vote is open', () => {
		expect(listCallsToAction(cycle(), d('2026-04-10'))).toEqual([{ kind: 'propose', closesAt: d('2026-05-01') }]);
		expect(listCallsToAction(cycle(), d('2026-05-10'))).toEqual([{ kind: 'vote', closesAt: d('2026-06-01') }]);
	});

	it('offers nothing the place switched off, nor in a paused cycle, nor between phases', () => {
		expect(listCallsToAction(cycle({ co_create: { proposalsOpen: false } }), d('2026-04-10'))).toEqual([]);
		expect(listCallsToAction(cycle({ test: { votingOpen: false } }), d('2026-05-10'))).toEqual([]);
		expect(listCallsToAction(cycle({ discover: { postsOpen: false, assetsOpen: false } }), d('2026-03-10'))).toEqual([]);
		expect(listCallsToAction(cycle({}, 'paused'), d('2026-05-10'))).toEqual([]);
		expect(listCallsToAction(cycle(), d('2026-07-10'))).toEqual([]);
	});
});
