import { checkDiscoverGate } from './phase-gates';
import { openCoCreateSettings } from './co-create-gate';
import type { CycleStatus } from './phase-kinds';
import { findCycleMoment, type ScheduledPhase } from './timeline';
import { checkVoteGate } from './vote-gate';

type PhaseWithSettings = ScheduledPhase & { settings: unknown };

/** Something a resident can do in a cycle right now, and when the chance closes (null: no date set). */
export interface CallToAction {
	kind: 'vote' | 'discover' | 'propose';
	closesAt: Date | null;
}

/** A call to action as the pages draw it: a vote says how much money it decides (null: none recorded yet). */
export type CycleCall = CallToAction & { budgetMinor: number | null };

/**
 * What is open to residents now, for the big buttons on the home, place and cycle pages. It asks the
 * same gates the actions ask (the phase open now and the place's settings for it), so a button never
 * offers what the form behind it would refuse.
 */
export function listCallsToAction(cycle: { status: CycleStatus; phases: PhaseWithSettings[] }, now: Date): CallToAction[] {
	const moment = findCycleMoment(cycle.phases, now);
	if (moment.state !== 'open') return [];
	const closesAt = moment.current.closesAt;
	const calls: CallToAction[] = [];
	if (checkVoteGate(cycle, now).open) calls.push({ kind: 'vote', closesAt });
	if (checkDiscoverGate(cycle, 'need', now).open || checkDiscoverGate(cycle, 'asset', now).open) calls.push({ kind: 'discover', closesAt });
	if (openCoCreateSettings(cycle, now)?.proposalsOpen) calls.push({ kind: 'propose', closesAt });
	return calls;
}
