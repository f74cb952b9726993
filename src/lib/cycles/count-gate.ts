import { parsePhaseSettings, type PhaseSettings } from '$lib/validation/phase-settings';
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
