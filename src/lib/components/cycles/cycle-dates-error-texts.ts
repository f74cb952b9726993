import { m } from '$lib/paraglide/messages';
import type { PhaseKind } from '$lib/cycles/phase-kinds';
import type { CycleDatesErrorCode, CycleStatusErrorCode } from '$lib/cycles/cycles.errors';
import { phaseName } from './phase-words';

/* The change-dates and status forms' codes in the reader's language, naming the phase they are about. */

const dateTexts = {
	opens_locked: m.cycle_dates_error_opens_locked,
	finished_locked: m.cycle_dates_error_finished_locked,
	closes_in_past: m.cycle_dates_error_closes_in_past,
	reason_required_shorten: m.cycle_dates_error_reason_required_shorten,
	reason_required_reopen: m.cycle_dates_error_reason_required_reopen,
	reason_too_long: () => m.cycle_dates_error_reason_too_long(),
	vote_counted: () => m.cycle_dates_error_vote_counted(),
	changed_meanwhile: m.cycle_dates_error_changed_meanwhile,
	no_change: () => m.cycle_dates_error_no_change(),
	cycle_closed: () => m.cycle_dates_not_changeable(),
	opens_missing: m.cycle_dates_error_opens_missing,
	closes_missing: m.cycle_dates_error_closes_missing,
	closes_before_opens: m.cycle_dates_error_closes_before_opens,
	vote_too_short: () => m.cycle_dates_error_vote_too_short(),
	opens_before_previous: m.cycle_dates_error_opens_before_previous,
	closes_before_previous: m.cycle_dates_error_closes_before_previous,
	date_missing: m.cycle_dates_error_date_missing,
	date_invalid: m.cycle_dates_error_date_invalid,
	time_invalid: m.cycle_dates_error_time_invalid
} satisfies Record<CycleDatesErrorCode, (words: { phase: string; previous: string }) => string>;

const nameOf = (kind: string | number | undefined) => (kind && kind in phaseName ? phaseName[kind as PhaseKind]() : '');

export function datesErrorText(field: string, code: string, params: Record<string, string | number> = {}): string {
	const words = { phase: nameOf(params[`${field}_phase`]), previous: nameOf(params[`${field}_previous`]) };
	return ((dateTexts as Record<string, (words: { phase: string; previous: string }) => string>)[code] ?? m.cycle_dates_error_other)(words);
}

const statusTexts = {
	pause_reason_required: m.cycle_status_error_reason_required_pause,
	cancel_reason_required: m.cycle_status_error_reason_required_cancel,
	reason_too_long: m.cycle_status_error_reason_too_long,
	confirm_required: m.cycle_status_error_confirm_required,
	status_conflict: m.cycle_status_error_status_conflict
} satisfies Record<CycleStatusErrorCode, () => string>;

export function statusErrorText(code: string): string {
	return ((statusTexts as Record<string, () => string>)[code] ?? m.cycle_status_error_status_conflict)();
}
