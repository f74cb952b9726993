import { parsePhaseSettings, type PhaseSettings } from '$lib/validation/phase-settings';
import type { CycleStatus } from './phase-kinds';
import { phaseStateAt, type ScheduledPhase } from './timeline';

type PhaseWithSettings = ScheduledPhase & { settings: unknown };

export type CountGate = { open: true; settings: PhaseSettings['test'] } | { open: false; reason: 'no_vote' | 'vote_not_closed' };

/**
 * Whether a cycle's vote may be counted now: once its test phase has closed, never while people
 * can still vote (a count seen mid-vote would shape it). A cycle without a test phase has no vote.
 */
export function checkCountGate(cycle: { phases: PhaseWithSettings[] }, now: Date): CountGate {
	const test = cycle.phases.find((phase) => phase.kind === 'test');
	if (!test) return { open: false, reason: 'no_vote' };
	if (phaseStateAt(test, now) !== 'finished') return { open: false, reason: 'vote_not_closed' };
	return { open: true, settings: parsePhaseSettings('test', test.settings) };
}

export type CountStartGate = CountGate | { open: false; reason: 'cycle_stopped' };

/**
 * Whether the team may START a count now: the vote has closed (checkCountGate) and the cycle is
 * neither paused nor cancelled. A pause is the lead's call (suspected fraud, a flood): nobody else may
 * count around it, and a count would end the lead's chance to extend the vote after resuming.
 */
export function checkCountStart(cycle: { status: CycleStatus; phases: PhaseWithSettings[] }, now: Date): CountStartGate {
	if (cycle.status !== 'active' && cycle.status !== 'finished') return { open: false, reason: 'cycle_stopped' };
	return checkCountGate(cycle, now);
}
