import { describe, expect, it } from 'vitest';
import { checkCoCreateGate, openCoCreateSettings } from './co-create-gate';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const cycleWith = (settings: Record<string, unknown> = {}, status: 'active' | 'finished' = 'active') => ({
	status,
	phases: [
		{ kind: 'discover' as const, position: 1, opensAt: d('2026-03-01'), closesAt: d('2026-04-01'), settings: {} },
		{ kind: 'co_create' as const, position: 2, opensAt: d('2026-04-01'), closesAt: d('2026-05-01'), settings },
		{ kind: 'test' as const, position: 3, opensAt: d('2026-05-01'), closesAt: d('2026-06-01'), settings: {} }
	]
});
const submit = (estimatedCostMinor: number | null = 100_00, asGroup = false) => ({ action: 'submit' as const, asGroup, estimatedCostMinor });
const during = d('2026-04-10');

describe('submitting and editing proposals', () => {
	it('is open while co-create is open in an active cycle', () => {
		expect(checkCoCreateGate(cycleWith(), submit(), during)).toMatchObject({ open: true });
		expect(checkCoCreateGate(cycleWith(), { action: 'edit', asGroup: true, estimatedCostMinor: 5 }, during)).toMatchObject({ open: true });
	});

	it('is closed in discover, once co-create has closed, and in a finished cycle', () => {
		expect(checkCoCreateGate(cycleWith(), submit(), d('2026-03-10'))).toMatchObject({ open: false, reason: 'phase_closed' });
		expect(checkCoCreateGate(cycleWith(), submit(), d('2026-05-01'))).toMatchObject({ open: false, reason: 'phase_closed' });
		expect(checkCoCreateGate(cycleWith({}, 'finished'), submit(), during)).toMatchObject({ open: false, reason: 'phase_closed' });
		expect(openCoCreateSettings(cycleWith(), d('2026-03-10'))).toBeNull();
	});

	it('follows the place switching proposals off', () => {
		expect(checkCoCreateGate(cycleWith({ proposalsOpen: false }), submit(), during)).toMatchObject({ open: false, reason: 'proposals_closed' });
		expect(checkCoCreateGate(cycleWith({ proposalsOpen: false }), { action: 'invite_coauthor' }, during)).toMatchObject({ open: false, reason: 'proposals_closed' });
	});

	it('refuses a group only where the place does not take proposals from groups', () => {
		const noGroups = cycleWith({ groupProposals: false });
		expect(checkCoCreateGate(noGroups, submit(100, true), during)).toMatchObject({ open: false, reason: 'groups_closed' });
		expect(checkCoCreateGate(noGroups, submit(100, false), during)).toMatchObject({ open: true });
	});

	it('refuses a cost above the place’s maximum and says what the maximum is; the maximum itself is fine', () => {
		const capped = cycleWith({ maxProposalCostMinor: 5_000_00 });
		expect(checkCoCreateGate(capped, submit(5_000_01), during)).toEqual({ open: false, reason: 'over_max_cost', maxProposalCostMinor: 5_000_00 });
		expect(checkCoCreateGate(capped, submit(5_000_00), during)).toMatchObject({ open: true });
		expect(checkCoCreateGate(cycleWith(), submit(99_000_000_00), during)).toMatchObject({ open: true });
	});

	it('lets co-authors in only where co-authoring is on', () => {
		expect(checkCoCreateGate(cycleWith(), { action: 'invite_coauthor' }, during)).toMatchObject({ open: true });
		expect(checkCoCreateGate(cycleWith({ coAuthoring: false }), { action: 'accept_coauthor' }, during)).toMatchObject({ open: false, reason: 'coauthoring_closed' });
	});
});
