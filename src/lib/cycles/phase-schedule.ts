import { PHASE_KINDS, type PhaseKind } from './phase-kinds';

/** A phase's dates as a team sets them: opening is required; only the vote must also close. */
export interface PhaseDates {
	kind: PhaseKind;
	opensAt: Date | null;
	closesAt: Date | null;
}

export type ScheduleProblemCode =
	| 'no_phases'
	| 'phase_repeated'
	| 'opens_missing'
	| 'closes_missing'
	| 'closes_before_opens'
	| 'vote_too_short'
	| 'opens_before_previous'
	| 'closes_before_previous';

/** One problem with a schedule: which phase and date it is about, so the form marks that field. */
export interface ScheduleProblem {
	kind: PhaseKind | null;
	field: 'opensAt' | 'closesAt' | 'phases';
	code: ScheduleProblemCode;
	/** The earlier phase a problem of order is about. */
	previous?: PhaseKind;
}

/** A vote open for less than a day would shut out everyone who works that day. */
export const MINIMUM_VOTE_MS = 24 * 60 * 60 * 1000;

/**
 * Checks a cycle's schedule as a place team sets it. A place may leave out phases and may let
 * phases overlap; what it may not do is run them out of order (a later phase opening before an
 * earlier one, or finishing before it), end a phase before it starts, or hold a vote with no close
 * or under a day. Pure: the create and change-dates paths and the page all use it.
 */
export function checkPhaseSchedule(phases: readonly PhaseDates[], options: { minimumVoteMs?: number } = {}): ScheduleProblem[] {
	const minimumVote = options.minimumVoteMs ?? MINIMUM_VOTE_MS;
	if (phases.length === 0) return [{ kind: null, field: 'phases', code: 'no_phases' }];
	const problems: ScheduleProblem[] = [];
	const seen = new Set<PhaseKind>();
	for (const phase of phases) {
		if (seen.has(phase.kind)) problems.push({ kind: phase.kind, field: 'phases', code: 'phase_repeated' });
		seen.add(phase.kind);
	}
	const ordered = [...phases].sort((a, b) => PHASE_KINDS.indexOf(a.kind) - PHASE_KINDS.indexOf(b.kind));
	for (const [index, phase] of ordered.entries()) {
		const { kind, opensAt, closesAt } = phase;
		if (!opensAt) problems.push({ kind, field: 'opensAt', code: 'opens_missing' });
		if (!closesAt && kind === 'test') problems.push({ kind, field: 'closesAt', code: 'closes_missing' });
		if (opensAt && closesAt && closesAt <= opensAt) problems.push({ kind, field: 'closesAt', code: 'closes_before_opens' });
		else if (kind === 'test' && opensAt && closesAt && closesAt.getTime() - opensAt.getTime() < minimumVote) {
			problems.push({ kind, field: 'closesAt', code: 'vote_too_short' });
		}
		const previous = ordered[index - 1];
		if (!previous) continue;
		if (opensAt && previous.opensAt && opensAt < previous.opensAt) {
			problems.push({ kind, field: 'opensAt', code: 'opens_before_previous', previous: previous.kind });
		}
		if (closesAt && previous.closesAt && closesAt < previous.closesAt) {
			problems.push({ kind, field: 'closesAt', code: 'closes_before_previous', previous: previous.kind });
		}
		// An open-ended phase before this one would never end while this one does.
		if (closesAt && previous.opensAt && !previous.closesAt) {
			problems.push({ kind: previous.kind, field: 'closesAt', code: 'closes_missing' });
		}
	}
	return problems;
}
