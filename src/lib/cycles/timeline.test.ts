import { describe, expect, it } from 'vitest';
import { describeTimeline, findCycleMoment, phaseStateAt, type ScheduledPhase } from './timeline';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const phase = (kind: ScheduledPhase['kind'], position: number, opens: string | null, closes: string | null): ScheduledPhase => ({
	kind,
	position,
	opensAt: opens ? d(opens) : null,
	closesAt: closes ? d(closes) : null
});

const cycle = [
	phase('discover', 1, '2026-03-01', '2026-04-01'),
	phase('co_create', 2, '2026-04-01', '2026-05-01'),
	phase('test', 3, '2026-05-10', '2026-06-01'),
	phase('implement', 4, '2026-06-01', '2026-12-01')
];

describe('the current phase of a cycle', () => {
	it('is none before the first phase opens, and the first phase is next', () => {
		const moment = findCycleMoment(cycle, d('2026-02-15'));
		expect(moment).toEqual({ state: 'not_started', next: cycle[0] });
	});

	it('is the phase whose dates contain now', () => {
		expect(findCycleMoment(cycle, d('2026-03-15'))).toEqual({ state: 'open', current: cycle[0], next: cycle[1] });
	});

	it('moves to the next phase exactly when one closes and the next opens', () => {
		const justBefore = new Date(d('2026-04-01').getTime() - 1);
		expect(findCycleMoment(cycle, justBefore)).toMatchObject({ state: 'open', current: cycle[0] });
		expect(findCycleMoment(cycle, d('2026-04-01'))).toMatchObject({ state: 'open', current: cycle[1] });
	});

	it('is between phases in a gap, naming the phase that comes next', () => {
		expect(findCycleMoment(cycle, d('2026-05-05'))).toEqual({ state: 'between', previous: cycle[1], next: cycle[2] });
	});

	it('is finished after the last phase closes', () => {
		expect(findCycleMoment(cycle, d('2027-01-01'))).toEqual({ state: 'finished', previous: cycle[3] });
	});

	it('treats a phase with no dates as not scheduled, never open', () => {
		const undated = phase('test', 3, null, null);
		expect(phaseStateAt(undated, d('2026-05-15'))).toBe('unscheduled');
		const partly = [cycle[0], cycle[1], undated, phase('implement', 4, null, null)];
		expect(findCycleMoment(partly, d('2026-05-15'))).toEqual({ state: 'between', previous: cycle[1], next: null });
	});

	it('is unscheduled when no phase has dates yet', () => {
		const none = cycle.map((p) => ({ ...p, opensAt: null, closesAt: null }));
		expect(findCycleMoment(none, d('2026-05-15'))).toEqual({ state: 'unscheduled' });
	});

	it('keeps a phase with an open date and no close date open from then on', () => {
		const openEnded = phase('implement', 4, '2026-06-01', null);
		expect(phaseStateAt(openEnded, d('2030-01-01'))).toBe('open');
		expect(phaseStateAt(openEnded, d('2026-05-31'))).toBe('upcoming');
	});

	it('picks the later phase when two overlap', () => {
		const overlapping = [phase('co_create', 2, '2026-04-01', '2026-05-20'), phase('test', 3, '2026-05-10', '2026-06-01')];
		expect(findCycleMoment(overlapping, d('2026-05-15'))).toMatchObject({ state: 'open', current: overlapping[1] });
	});

	it('does not depend on the order phases are given in', () => {
		const shuffled = [cycle[2], cycle[0], cycle[3], cycle[1]];
		expect(findCycleMoment(shuffled, d('2026-04-10'))).toEqual(findCycleMoment(cycle, d('2026-04-10')));
	});
});

describe('the timeline', () => {
	it('lists phases in order with their states and marks only the open one as current', () => {
		const { steps } = describeTimeline([cycle[3], cycle[1], cycle[0], cycle[2]], d('2026-04-10'));
		expect(steps.map((s) => [s.phase.kind, s.state, s.isCurrent])).toEqual([
			['discover', 'finished', false],
			['co_create', 'open', true],
			['test', 'upcoming', false],
			['implement', 'upcoming', false]
		]);
	});
});
