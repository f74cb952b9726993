/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in components/cycles/cycle-dates-error-texts.ts and schedule-errors.ts, declared against these unions.
 */

/** What the start-a-cycle form may refuse (its dates' codes are schedule.… from phase-schedule.ts). */
export type CycleStartErrorCode =
	| 'cycle_title_missing'
	| 'cycle_title_too_long'
	| 'cycle_challenge_missing'
	| 'cycle_challenge_too_long'
	| 'cycle_slug_too_short'
	| 'cycle_slug_too_long'
	| 'cycle_slug_format'
	| 'cycle_slug_taken'
	| 'cycle_copy_unknown'
	| 'cycle_first_day_missing';

/** What changing a cycle's dates may refuse. */
export type CycleDatesErrorCode =
	| 'opens_locked'
	| 'finished_locked'
	| 'closes_in_past'
	| 'reason_required_shorten'
	| 'reason_required_reopen'
	| 'reason_too_long'
	| 'vote_counted'
	| 'changed_meanwhile'
	| 'no_change'
	| 'cycle_closed'
	| 'opens_missing'
	| 'closes_missing'
	| 'closes_before_opens'
	| 'vote_too_short'
	| 'opens_before_previous'
	| 'closes_before_previous'
	| 'date_missing'
	| 'date_invalid'
	| 'time_invalid';

/** What pausing, resuming or cancelling a cycle may refuse. */
export type CycleStatusErrorCode =
	| 'pause_reason_required'
	| 'cancel_reason_required'
	| 'reason_too_long'
	| 'confirm_required'
	| 'status_conflict';
