import type { CycleChangeKind, PhaseKind } from './phase-kinds';
import { checkPhaseSchedule, MINIMUM_VOTE_MS, type PhaseDates, type ScheduleProblemCode } from './phase-schedule';
import { phaseStateAt } from './timeline';

/*
 * What a place team may change in the dates of a cycle that is already running, without breaking
 * faith with residents who planned around them. Pure: `now` is an argument.
 *
 * - A phase not open yet can be moved freely. An opening already past means it opens now.
 * - An open phase keeps its opening. It can run longer freely; ending it early needs a public
 *   reason, and an end already past means it ends now (never recorded in the past).
 * - A finished phase stays as it was, except that it may open again (a later end) with a public
 *   reason — and the vote never once its count has started.
 */

export const REASON_MAX_LENGTH = 1000;
/** Forms carry minutes: two times within the same minute are the same time. */
const SAME_MINUTE_MS = 60 * 1000;

export type DateChangeProblemCode =
	| ScheduleProblemCode
	| 'opens_locked'
	| 'finished_locked'
	| 'closes_in_past'
	| 'reason_required_shorten'
	| 'reason_required_reopen'
	| 'reason_too_long'
	| 'vote_counted'
	| 'changed_meanwhile'
	| 'no_change';

export interface DateChangeProblem {
	kind: PhaseKind | null;
	field: 'opensAt' | 'closesAt' | 'phases' | 'reason';
	code: DateChangeProblemCode;
	previous?: PhaseKind;
}

export interface PhaseDateChange {
	kind: PhaseKind;
	change: Extract<CycleChangeKind, 'phase_moved' | 'phase_extended' | 'phase_shortened'>;
	before: { opensAt: Date | null; closesAt: Date | null };
	after: { opensAt: Date | null; closesAt: Date | null };
	/** The opening asked for had passed, so the phase opens now. */
	opensNow: boolean;
	/** The end asked for had passed, so the phase ends now. */
	closesNow: boolean;
}

export interface DateChangeRequest {
	/** The phases as stored now. */
	current: readonly PhaseDates[];
	/** The dates the team sent, one entry per phase of the cycle. */
	proposed: readonly PhaseDates[];
	/** What the form showed when the team opened it; a phase whose fields were left alone keeps what is stored now. */
	shown?: readonly PhaseDates[];
	reason: string;
	/** A count of the vote has started (a results row exists). */
	voteCounted: boolean;
	now: Date;
}

export type DateChangePlan =
	| { ok: true; schedule: PhaseDates[]; changes: PhaseDateChange[] }
	| { ok: false; problems: DateChangeProblem[] };

export function sameTime(a: Date | null, b: Date | null): boolean {
	if (!a || !b) return a === b;
	return Math.abs(a.getTime() - b.getTime()) < SAME_MINUTE_MS;
}

/** Later of two closes, where no close means "open until further notice" (the latest of all). */
function compareCloses(a: Date | null, b: Date | null): number {
	if (sameTime(a, b)) return 0;
	if (!a) return 1;
	if (!b) return -1;
	return a.getTime() - b.getTime();
}

export function planDateChange(request: DateChangeRequest): DateChangePlan {
	const { current, proposed, shown, now, voteCounted } = request;
	const reason = request.reason.trim();
	const problems: DateChangeProblem[] = [];
	if (reason.length > REASON_MAX_LENGTH) problems.push({ kind: null, field: 'reason', code: 'reason_too_long' });
	const schedule: PhaseDates[] = [];
	const changes: PhaseDateChange[] = [];
	let voteShortenedWithReason = false;

	for (const stored of current) {
		const asked = proposed.find((p) => p.kind === stored.kind);
		const seen = shown?.find((p) => p.kind === stored.kind);
		const untouched = !asked || (seen && sameTime(asked.opensAt, seen.opensAt) && sameTime(asked.closesAt, seen.closesAt));
		if (untouched) {
			schedule.push(stored);
			continue;
		}
		if (seen && !(sameTime(seen.opensAt, stored.opensAt) && sameTime(seen.closesAt, stored.closesAt))) {
			problems.push({ kind: stored.kind, field: 'phases', code: 'changed_meanwhile' });
			schedule.push(stored);
			continue;
		}
		const outcome = planPhase(stored, asked, { now, reason, voteCounted });
		problems.push(...outcome.problems);
		schedule.push(outcome.dates);
		if (outcome.change) {
			changes.push(outcome.change);
			if (outcome.change.kind === 'test' && outcome.change.change === 'phase_shortened') voteShortenedWithReason = true;
		}
	}
	if (problems.length > 0) return { ok: false, problems };
	if (changes.length === 0) return { ok: false, problems: [{ kind: null, field: 'phases', code: 'no_change' }] };
	// A vote under a day is allowed only when the team ended it early with a reason (now or before).
	const storedVote = current.find((p) => p.kind === 'test');
	const voteAlreadyShort = storedVote?.opensAt && storedVote.closesAt && storedVote.closesAt.getTime() - storedVote.opensAt.getTime() < MINIMUM_VOTE_MS;
	// A phase with no dates at all is one the team has not set yet (a vote whose dates come later), not a broken one.
	const scheduled = schedule.filter((p) => p.opensAt || p.closesAt);
	const scheduleProblems = checkPhaseSchedule(scheduled, voteShortenedWithReason || voteAlreadyShort ? { minimumVoteMs: 0 } : {});
	if (scheduleProblems.length > 0) return { ok: false, problems: scheduleProblems };
	return { ok: true, schedule, changes };
}

function planPhase(
	stored: PhaseDates,
	asked: PhaseDates,
	context: { now: Date; reason: string; voteCounted: boolean }
): { dates: PhaseDates; change: PhaseDateChange | null; problems: DateChangeProblem[] } {
	const { now, reason } = context;
	const { kind } = stored;
	const state = phaseStateAt({ ...stored, position: 0 }, now);
	const problems: DateChangeProblem[] = [];
	const before = { opensAt: stored.opensAt, closesAt: stored.closesAt };
	const unchanged = { dates: stored, change: null, problems };
	const record = (change: PhaseDateChange['change'], opensAt: Date | null, closesAt: Date | null, flags: { opensNow?: boolean; closesNow?: boolean } = {}) => ({
		dates: { kind, opensAt, closesAt },
		change: { kind, change, before, after: { opensAt, closesAt }, opensNow: flags.opensNow ?? false, closesNow: flags.closesNow ?? false },
		problems
	});

	if (state === 'upcoming' || state === 'unscheduled') {
		if (sameTime(asked.opensAt, stored.opensAt) && sameTime(asked.closesAt, stored.closesAt)) return unchanged;
		// Residents were told when it opens: it may move, but not go back to "no date".
		if (stored.opensAt && !asked.opensAt) {
			problems.push({ kind, field: 'opensAt', code: 'opens_missing' });
			return unchanged;
		}
		if (asked.closesAt && asked.closesAt <= now) {
			problems.push({ kind, field: 'closesAt', code: 'closes_in_past' });
			return unchanged;
		}
		const opensNow = asked.opensAt !== null && asked.opensAt < now;
		const opensAt = sameTime(asked.opensAt, stored.opensAt) ? stored.opensAt : opensNow ? now : asked.opensAt;
		const closesAt = sameTime(asked.closesAt, stored.closesAt) ? stored.closesAt : asked.closesAt;
		return record('phase_moved', opensAt, closesAt, { opensNow });
	}

	// Open or finished: residents have already met this phase, so its opening stays.
	if (!sameTime(asked.opensAt, stored.opensAt)) problems.push({ kind, field: 'opensAt', code: 'opens_locked' });
	const direction = compareCloses(asked.closesAt, stored.closesAt);
	if (direction === 0) return unchanged;

	if (state === 'open') {
		if (direction > 0) return record('phase_extended', stored.opensAt, asked.closesAt);
		if (!reason) problems.push({ kind, field: 'reason', code: 'reason_required_shorten' });
		const closesNow = asked.closesAt !== null && asked.closesAt <= now;
		return record('phase_shortened', stored.opensAt, closesNow ? now : asked.closesAt, { closesNow });
	}

	// Finished: only opening it again, to an end still ahead, with a reason; never a counted vote.
	if (direction < 0) {
		problems.push({ kind, field: 'closesAt', code: 'finished_locked' });
		return unchanged;
	}
	if (kind === 'test' && context.voteCounted) {
		problems.push({ kind, field: 'closesAt', code: 'vote_counted' });
		return unchanged;
	}
	if (asked.closesAt && asked.closesAt <= now) {
		problems.push({ kind, field: 'closesAt', code: 'closes_in_past' });
		return unchanged;
	}
	if (!reason) problems.push({ kind, field: 'reason', code: 'reason_required_reopen' });
	return record('phase_extended', stored.opensAt, asked.closesAt);
}
