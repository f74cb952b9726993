import type { CycleStatus } from '../cycles/phase-kinds';
import { findCycleMoment, type ScheduledPhase } from '../cycles/timeline';

/**
 * Whether the team may open a conversation for a cycle now: while the cycle runs and before its
 * ballot is fixed, that is before the test phase (the vote) opens. Residents answer while the
 * conversation is open and the cycle is active.
 */
export function canOpenConversation(cycle: { status: CycleStatus; phases: ScheduledPhase[] }, now: Date): boolean {
	if (cycle.status !== 'active') return false;
	const moment = findCycleMoment(cycle.phases, now);
	const test = cycle.phases.find((phase) => phase.kind === 'test');
	if (test?.opensAt && now >= test.opensAt) return false;
	return moment.state !== 'finished';
}

export function canAnswerConversation(cycle: { status: CycleStatus }, conversation: { status: 'open' | 'closed' }): boolean {
	return cycle.status === 'active' && conversation.status === 'open';
}
