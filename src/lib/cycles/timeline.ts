import type { PhaseKind } from './phase-kinds';

/** What the timeline needs of a phase; dates are optional because a place may not have set them yet. */
export interface ScheduledPhase {
	kind: PhaseKind;
	position: number;
	opensAt: Date | null;
	closesAt: Date | null;
}

/** Where one phase stands at a moment: the words the timeline shows beside it. */
export type PhaseState = 'finished' | 'open' | 'upcoming' | 'unscheduled';

/** Where the whole cycle stands: before it starts, in a phase, between two phases, or done. */
export type CycleMoment<P extends ScheduledPhase> =
	| { state: 'not_started'; next: P | null }
	| { state: 'open'; current: P; next: P | null }
	| { state: 'between'; previous: P; next: P | null }
	| { state: 'finished'; previous: P | null }
	| { state: 'unscheduled' };

/**
 * The one place that decides whether a phase is open. A phase opens at `opensAt` (inclusive) and
 * closes at `closesAt` (exclusive). A missing close date means "open until further notice"; a phase
 * with neither date has not been scheduled and is never open.
 */
export function phaseStateAt(phase: ScheduledPhase, now: Date): PhaseState {
	const { opensAt, closesAt } = phase;
	if (!opensAt && !closesAt) return 'unscheduled';
	if (closesAt && now >= closesAt) return 'finished';
	if (opensAt && now < opensAt) return 'upcoming';
	return 'open';
}

function byPosition<P extends ScheduledPhase>(phases: readonly P[]): P[] {
	return [...phases].sort((a, b) => a.position - b.position);
}

/**
 * Works out which phase of a cycle is open now. When phases overlap, the later one wins: a place that
 * opens voting before discussion formally closes means residents are voting now.
 */
export function findCycleMoment<P extends ScheduledPhase>(phases: readonly P[], now: Date): CycleMoment<P> {
	const ordered = byPosition(phases);
	const states = ordered.map((phase) => ({ phase, state: phaseStateAt(phase, now) }));
	const scheduled = states.filter((s) => s.state !== 'unscheduled');
	if (scheduled.length === 0) return { state: 'unscheduled' };

	const open = scheduled.filter((s) => s.state === 'open').at(-1);
	const upcoming = scheduled.filter((s) => s.state === 'upcoming');
	const finished = scheduled.filter((s) => s.state === 'finished');
	const nextAfter = (position: number) =>
		upcoming.find((s) => s.phase.position > position)?.phase ?? null;

	if (open) return { state: 'open', current: open.phase, next: nextAfter(open.phase.position) };
	const previous = finished.at(-1)?.phase ?? null;
	if (!previous) return { state: 'not_started', next: upcoming[0]?.phase ?? null };
	const next = nextAfter(previous.position);
	if (next) return { state: 'between', previous, next };
	// Unscheduled phases after the last finished one mean the cycle is paused, not done.
	const laterUnscheduled = states.some((s) => s.state === 'unscheduled' && s.phase.position > previous.position);
	return laterUnscheduled ? { state: 'between', previous, next: null } : { state: 'finished', previous };
}

/** Each phase with its state, in order: what the timeline component draws. */
export function describeTimeline<P extends ScheduledPhase>(phases: readonly P[], now: Date) {
	const moment = findCycleMoment(phases, now);
	const currentPosition = moment.state === 'open' ? moment.current.position : null;
	return {
		moment,
		steps: byPosition(phases).map((phase) => ({
			phase,
			state: phaseStateAt(phase, now),
			isCurrent: phase.position === currentPosition
		}))
	};
}
