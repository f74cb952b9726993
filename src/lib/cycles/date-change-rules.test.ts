import { describe, expect, it } from 'vitest';
import { planDateChange, type DateChangeRequest } from './date-change-rules';
import type { PhaseDates } from './phase-schedule';

const day = (n: number) => new Date(Date.UTC(2027, 0, 1 + n));
const now = new Date(Date.UTC(2027, 0, 21, 12)); // day 20, midday
const phase = (kind: PhaseDates['kind'], opens: number | null, closes: number | null): PhaseDates => ({
	kind,
	opensAt: opens === null ? null : day(opens),
	closesAt: closes === null ? null : day(closes)
});
// Discover finished, co-create open now, the vote and implement still to come.
const current = [phase('discover', 0, 10), phase('co_create', 10, 30), phase('test', 30, 40), phase('implement', 40, null)];
const withDates = (...changed: PhaseDates[]) => current.map((p) => changed.find((c) => c.kind === p.kind) ?? p);
const plan = (proposed: PhaseDates[], extra: Partial<DateChangeRequest> = {}) =>
	planDateChange({ current, proposed, reason: '', voteCounted: false, now, ...extra });
const codes = (result: ReturnType<typeof plan>) => (result.ok ? [] : result.problems.map((p) => `${p.kind}.${p.field}:${p.code}`));

describe('changing the dates of a running cycle', () => {
	it('moves a phase that has not opened yet, with no reason needed', () => {
		const result = plan(withDates(phase('test', 32, 45), phase('implement', 45, null)));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.changes.map((c) => [c.kind, c.change])).toEqual([['test', 'phase_moved'], ['implement', 'phase_moved']]);
		expect(result.changes[0]).toMatchObject({ before: { opensAt: day(30), closesAt: day(40) }, after: { opensAt: day(32), closesAt: day(45) }, opensNow: false });
	});

	it('does not let a phase residents were given dates for go back to having none', () => {
		expect(codes(plan(withDates(phase('test', null, null))))).toEqual(['test.opensAt:opens_missing']);
	});

	it('opens a phase now when its new opening is already past, and says so', () => {
		const result = plan(withDates(phase('test', 15, 40)));
		expect(result.ok && result.changes[0]).toMatchObject({ kind: 'test', change: 'phase_moved', opensNow: true, after: { opensAt: now } });
	});

	it('extends an open phase freely', () => {
		const result = plan(withDates(phase('co_create', 10, 31)));
		expect(result.ok && result.changes).toMatchObject([{ kind: 'co_create', change: 'phase_extended', after: { opensAt: day(10), closesAt: day(31) } }]);
	});

	it('shortens an open phase only with a public reason', () => {
		expect(codes(plan(withDates(phase('co_create', 10, 25))))).toEqual(['co_create.reason:reason_required_shorten']);
		const result = plan(withDates(phase('co_create', 10, 25)), { reason: '  The hall is closing.  ' });
		expect(result.ok && result.changes).toMatchObject([{ kind: 'co_create', change: 'phase_shortened', after: { closesAt: day(25) }, closesNow: false }]);
	});

	it('ends an open phase now, never in the past, when its new end has already passed', () => {
		const result = plan(withDates(phase('co_create', 10, 15)), { reason: 'Enough ideas.' });
		expect(result.ok && result.changes[0]).toMatchObject({ change: 'phase_shortened', closesNow: true, after: { closesAt: now } });
	});

	it('keeps the opening of a phase residents have already met', () => {
		expect(codes(plan(withDates(phase('co_create', 12, 30))))).toEqual(['co_create.opensAt:opens_locked']);
		expect(codes(plan(withDates(phase('discover', 1, 10))))).toEqual(['discover.opensAt:opens_locked']);
	});

	it('never ends a finished phase earlier, nor moves an upcoming one wholly into the past', () => {
		expect(codes(plan(withDates(phase('discover', 0, 8)), { reason: 'x' }))).toEqual(['discover.closesAt:finished_locked']);
		expect(codes(plan(withDates(phase('test', 12, 18))))).toEqual(['test.closesAt:closes_in_past']);
	});

	it('opens a finished phase again only with a reason, to an end still ahead', () => {
		expect(codes(plan(withDates(phase('discover', 0, 25))))).toEqual(['discover.reason:reason_required_reopen']);
		expect(codes(plan(withDates(phase('discover', 0, 15)), { reason: 'x' }))).toEqual(['discover.closesAt:closes_in_past']);
		const result = plan(withDates(phase('discover', 0, 25)), { reason: 'More posts came in on paper.' });
		expect(result.ok && result.changes).toMatchObject([{ kind: 'discover', change: 'phase_extended' }]);
	});

	it('never opens the vote again once its count has started', () => {
		const votedCurrent = [phase('co_create', 0, 10), phase('test', 10, 20)];
		const result = planDateChange({ current: votedCurrent, proposed: [phase('co_create', 0, 10), phase('test', 10, 25)], reason: 'Late post.', voteCounted: true, now });
		expect(codes(result)).toEqual(['test.closesAt:vote_counted']);
	});

	it('lets a vote shortened with a reason run under a day, but not a vote moved to under a day', () => {
		const short: PhaseDates = { kind: 'test', opensAt: day(30), closesAt: new Date(day(30).getTime() + 3600_000) };
		expect(codes(plan(withDates(short)))).toEqual(['test.closesAt:vote_too_short']);
		const voting = [phase('co_create', 0, 10), phase('test', 20, 25)];
		const endsSoon: PhaseDates = { kind: 'test', opensAt: day(20), closesAt: new Date(now.getTime() + 3600_000) };
		const result = planDateChange({ current: voting, proposed: [phase('co_create', 0, 10), endsSoon], reason: 'Flood.', voteCounted: false, now });
		expect(result.ok).toBe(true);
	});

	it('checks the whole schedule: a phase moved before the one it follows is refused', () => {
		expect(codes(plan(withDates(phase('implement', 25, null))))).toEqual(['implement.opensAt:opens_before_previous']);
	});

	it('changes one phase of a cycle whose later phases have no dates yet', () => {
		const unset = [phase('discover', 0, 30), phase('co_create', 30, 60), phase('test', null, null), phase('implement', null, null)];
		const result = planDateChange({ current: unset, proposed: [phase('discover', 0, 33), phase('co_create', 33, 60), phase('test', null, null), phase('implement', null, null)], reason: '', voteCounted: false, now });
		expect(result.ok && result.changes.map((c) => [c.kind, c.change])).toEqual([['discover', 'phase_extended'], ['co_create', 'phase_moved']]);
		const halfSet = planDateChange({ current: unset, proposed: [...unset.slice(0, 2), phase('test', null, 70), unset[3]], reason: '', voteCounted: false, now });
		expect(codes(halfSet)).toEqual(['test.opensAt:opens_missing']);
	});

	it('says when nothing changed', () => {
		expect(codes(plan(current))).toEqual(['null.phases:no_change']);
	});

	it('leaves alone a phase whose fields the team did not touch, keeping what someone else saved meanwhile', () => {
		const savedMeanwhile = withDates(phase('co_create', 10, 33));
		const result = planDateChange({ current: savedMeanwhile, shown: current, proposed: withDates(phase('test', 34, 40)), reason: '', voteCounted: false, now });
		expect(result.ok && result.schedule.find((p) => p.kind === 'co_create')?.closesAt).toEqual(day(33));
		expect(result.ok && result.changes.map((c) => c.kind)).toEqual(['test']);
	});

	it('refuses a change to a phase someone else changed meanwhile, rather than overwrite it', () => {
		const savedMeanwhile = withDates(phase('co_create', 10, 33));
		const result = planDateChange({ current: savedMeanwhile, shown: current, proposed: withDates(phase('co_create', 10, 35)), reason: '', voteCounted: false, now });
		expect(codes(result)).toEqual(['co_create.phases:changed_meanwhile']);
	});

	it('treats times within the same minute as unchanged (forms carry minutes)', () => {
		const stored = [{ kind: 'co_create' as const, opensAt: new Date(day(10).getTime() + 27_000), closesAt: day(30) }];
		const result = planDateChange({ current: stored, proposed: [phase('co_create', 10, 31)], reason: '', voteCounted: false, now });
		expect(result.ok && result.changes[0].after.opensAt).toEqual(stored[0].opensAt);
	});

	it('refuses a reason longer than 1,000 characters', () => {
		expect(codes(plan(withDates(phase('co_create', 10, 31)), { reason: 'x'.repeat(1001) }))).toEqual(['null.reason:reason_too_long']);
	});
});
