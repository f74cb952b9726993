import type { CycleStatus } from './phase-kinds';
import { findCycleMoment, type ScheduledPhase } from './timeline';

type ListedCycle = { status: CycleStatus; phases: readonly ScheduledPhase[] };

/**
 * A place's cycles as its page tells them: the current one is the newest running (or paused) cycle
 * that has begun — a cycle the team has started for next spring must not hide the one residents
 * are taking part in now — else the newest running one; running cycles that have not begun are
 * coming up; everything else that is public (finished, cancelled, an older one still running) is
 * the past. Lists arrive newest first (see listPublishedCycles).
 */
export function splitCycles<C extends ListedCycle>(cycles: readonly C[], now: Date) {
	const running = cycles.filter((c) => c.status === 'active' || c.status === 'paused');
	const begun = (c: C) => {
		const state = findCycleMoment(c.phases, now).state;
		return state !== 'not_started' && state !== 'unscheduled';
	};
	const current = running.find(begun) ?? running[0] ?? null;
	const upcoming = running.filter((c) => c !== current && !begun(c));
	const past = cycles.filter((c) => c !== current && c.status !== 'draft' && !upcoming.includes(c));
	return { current, upcoming, past };
}
