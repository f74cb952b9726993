import { parsePhaseSettings, type PhaseSettings } from '$lib/validation/phase-settings';
import type { CycleStatus, PhaseKind } from './phase-kinds';
import { findCycleMoment, type ScheduledPhase } from './timeline';

type PhaseWithSettings = ScheduledPhase & { settings: unknown };

export type VoteGate = { open: true; settings: PhaseSettings['test'] } | { open: false; reason: 'voting_closed' };

/**
 * Whether residents may vote now: in an active cycle, while its test phase is open and the place
 * has voting switched on. The one place this is decided; every channel asks it.
 */
export function checkVoteGate(cycle: { status: CycleStatus; phases: PhaseWithSettings[] }, now: Date): VoteGate {
	if (cycle.status !== 'active') return { open: false, reason: 'voting_closed' };
	const moment = findCycleMoment(cycle.phases, now);
	if (moment.state !== 'open' || moment.current.kind !== ('test' satisfies PhaseKind)) return { open: false, reason: 'voting_closed' };
	const settings = parsePhaseSettings('test', moment.current.settings);
	return settings.votingOpen ? { open: true, settings } : { open: false, reason: 'voting_closed' };
}
