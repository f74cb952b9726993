import { describe, expect, it } from 'vitest';
import { checkPhaseSchedule, type PhaseDates } from './phase-schedule';

const day = (n: number) => new Date(Date.UTC(2027, 0, 1 + n));
const phase = (kind: PhaseDates['kind'], opens: number | null, closes: number | null): PhaseDates => ({
	kind,
	opensAt: opens === null ? null : day(opens),
	closesAt: closes === null ? null : day(closes)
});
const codes = (phases: PhaseDates[]) => checkPhaseSchedule(phases).map((p) => `${p.kind}.${p.field}:${p.code}`);

describe('a cycle’s schedule', () => {
	it('accepts four phases one after another, with an open-ended implement phase', () => {
		expect(codes([phase('discover', 0, 28), phase('co_create', 28, 58), phase('test', 58, 79), phase('implement', 79, null)])).toEqual([]);
	});

	it('accepts a cycle that leaves out phases and lets two overlap', () => {
		expect(codes([phase('co_create', 0, 30), phase('test', 20, 40)])).toEqual([]);
	});

	it('needs at least one phase', () => {
		expect(codes([])).toEqual(['null.phases:no_phases']);
	});

	it('refuses a phase that ends before it starts, or as it starts', () => {
		expect(codes([phase('discover', 10, 5)])).toEqual(['discover.closesAt:closes_before_opens']);
		expect(codes([phase('discover', 10, 10)])).toEqual(['discover.closesAt:closes_before_opens']);
	});

	it('refuses a vote with no closing date or shorter than a day', () => {
		expect(codes([phase('test', 0, null)])).toEqual(['test.closesAt:closes_missing']);
		const short: PhaseDates = { kind: 'test', opensAt: day(0), closesAt: new Date(day(0).getTime() + 60 * 60 * 1000) };
		expect(codes([short])).toEqual(['test.closesAt:vote_too_short']);
	});

	it('needs every phase to have an opening date', () => {
		expect(codes([phase('discover', null, 10)])).toEqual(['discover.opensAt:opens_missing']);
	});

	it('refuses phases out of order: a later one opening, or finishing, before an earlier one', () => {
		expect(codes([phase('discover', 10, 20), phase('co_create', 5, 30)])).toEqual(['co_create.opensAt:opens_before_previous']);
		expect(codes([phase('discover', 0, 20), phase('co_create', 5, 15)])).toEqual(['co_create.closesAt:closes_before_previous']);
	});

	it('reads phases in their order whatever order they arrive in', () => {
		expect(codes([phase('test', 58, 79), phase('discover', 0, 28)])).toEqual([]);
	});

	it('asks an open-ended phase to close when a later one closes', () => {
		expect(codes([phase('discover', 0, null), phase('co_create', 10, 20)])).toEqual(['discover.closesAt:closes_missing']);
	});

	it('refuses the same phase twice', () => {
		expect(codes([phase('discover', 0, 10), phase('discover', 0, 10)])).toContain('discover.phases:phase_repeated');
	});
});
