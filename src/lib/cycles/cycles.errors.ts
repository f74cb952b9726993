/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in components/cycles/cycle-dates-error-texts.ts and schedule-errors.ts, declared against these unions.
 */

import type { DateChangeProblemCode } from './date-change-rules';

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

/**
 * What changing a cycle's dates may refuse: the rules' own codes (a changed schedule never lacks
 * phases or repeats one), a cycle that is over, and the date fields' reading codes.
 */
export type CycleDatesErrorCode =
	| Exclude<DateChangeProblemCode, 'no_phases' | 'phase_repeated'>
	| 'cycle_closed'
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
