import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { PhaseDateFieldCode } from '$lib/cycles/phase-dates-form';
import type { CycleStartErrorCode } from '$lib/cycles/cycles.errors';
import { PHASE_KINDS, type PhaseKind } from '$lib/cycles/phase-kinds';
import type { PhaseDates, ScheduleProblem, ScheduleProblemCode } from '$lib/cycles/phase-schedule';
import { formatDate, formatLastDay } from '$lib/format';

/*
 * A phase-dates form's problems as form errors: field (`test_closes`, `discover_opens`, `phases`)
 * → code, with the dates and phases each message names as params keyed by field, so two phases
 * with the same problem each get their own words ("The vote closes before it opens. Choose a
 * closing date on or after 3 March.").
 */

/** Problems of the schedule (checkPhaseSchedule) and of reading the fields (readPhaseDatesForm). */
export function scheduleFormErrors(
	problems: readonly ScheduleProblem[],
	fieldErrors: Record<string, PhaseDateFieldCode>,
	phases: readonly PhaseDates[],
	timeZone: string,
	locale: Locale
): { errors: Record<string, string>; params: Record<string, string> } {
	const errors: Record<string, string> = {};
	const params: Record<string, string> = {};
	for (const [field, code] of Object.entries(fieldErrors)) errors[field] = `schedule.${code}`;
	const byKind = new Map(phases.map((p) => [p.kind, p]));
	for (const problem of problems) {
		if (!problem.kind || problem.field === 'phases') {
			errors.phases ??= problem.code === 'no_phases' ? 'schedule.no_phases' : 'form_unknown';
			continue;
		}
		const field = `${problem.kind}_${problem.field === 'opensAt' ? 'opens' : 'closes'}`;
		if (errors[field]) continue;
		errors[field] = `schedule.${problem.kind}.${problem.code}`;
		const own = byKind.get(problem.kind);
		const previous = problem.previous ? byKind.get(problem.previous) : undefined;
		if (problem.code === 'closes_before_opens' && own?.opensAt) params[`${field}_date`] = formatDate(own.opensAt, locale, timeZone);
		if (problem.code === 'opens_before_previous' && previous?.opensAt) params[`${field}_date`] = formatDate(previous.opensAt, locale, timeZone);
		if (problem.code === 'closes_before_previous' && previous?.closesAt) params[`${field}_date`] = formatLastDay(previous.closesAt, locale, timeZone);
		if (problem.previous) params[`${field}_previous`] = problem.previous;
	}
	return { errors: inPageOrder(errors), params };
}

/** The summary lists problems in the order of the fields on the page. */
function inPageOrder(errors: Record<string, string>): Record<string, string> {
	const order = ['phases', ...PHASE_KINDS.flatMap((kind) => [`${kind}_opens`, `${kind}_closes`])];
	return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

const subject: Record<PhaseKind, () => string> = {
	discover: m.cycle_schedule_subject_discover,
	co_create: m.cycle_schedule_subject_co_create,
	test: m.cycle_schedule_subject_test,
	implement: m.cycle_schedule_subject_implement
};
const object: Record<PhaseKind, () => string> = {
	discover: m.cycle_schedule_object_discover,
	co_create: m.cycle_schedule_object_co_create,
	test: m.cycle_schedule_object_test,
	implement: m.cycle_schedule_object_implement
};

type Params = Record<string, string | number>;
const previousOf = (p: Params, field: string) => {
	const kind = p[`${field}_previous`] as PhaseKind;
	return object[kind]?.() ?? '';
};

function textFor(kind: PhaseKind, code: ScheduleProblemCode): (p: Params) => string {
	const opens = `${kind}_opens`;
	const closes = `${kind}_closes`;
	switch (code) {
		case 'opens_missing':
			return () => m.cycle_schedule_opens_missing({ phase: object[kind]() });
		case 'closes_missing':
			// Only the vote must close; another phase must only when a later one closes.
			return kind === 'test'
				? () => m.cycle_schedule_closes_missing({ phase: object[kind]() })
				: () => m.cycle_schedule_closes_missing_later({ phase: object[kind]() });
		case 'closes_before_opens':
			return (p) => m.cycle_schedule_closes_before_opens({ phase: subject[kind](), date: String(p[`${closes}_date`] ?? '') });
		case 'vote_too_short':
			return () => m.cycle_schedule_vote_too_short();
		case 'opens_before_previous':
			return (p) => m.cycle_schedule_opens_before_previous({ phase: subject[kind](), previous: previousOf(p, opens), date: String(p[`${opens}_date`] ?? '') });
		case 'closes_before_previous':
			return (p) => m.cycle_schedule_closes_before_previous({ phase: subject[kind](), previous: previousOf(p, closes), date: String(p[`${closes}_date`] ?? '') });
		default:
			return () => m.form_error_unknown();
	}
}

const CODES: ScheduleProblemCode[] = ['opens_missing', 'closes_missing', 'closes_before_opens', 'vote_too_short', 'opens_before_previous', 'closes_before_previous'];

/** The words for every code scheduleFormErrors may give, for form-errors.ts. */
export const scheduleErrorTexts: Record<string, (p: Params) => string> = {
	'schedule.no_phases': () => m.cycle_schedule_no_phases(),
	'schedule.date_missing': () => m.cycle_schedule_date_missing(),
	'schedule.date_invalid': () => m.cycle_schedule_date_invalid(),
	'schedule.time_invalid': () => m.cycle_schedule_time_invalid(),
	...Object.fromEntries(PHASE_KINDS.flatMap((kind) => CODES.map((code) => [`schedule.${kind}.${code}`, textFor(kind, code)])))
};

/** The words for the start form's own codes. */
export const startCycleErrorTexts = {
	...scheduleErrorTexts,
	cycle_title_missing: () => m.cycle_error_title_missing(),
	cycle_title_too_long: () => m.cycle_error_title_too_long(),
	cycle_challenge_missing: () => m.cycle_error_challenge_missing(),
	cycle_challenge_too_long: () => m.cycle_error_challenge_too_long(),
	cycle_slug_too_short: () => m.cycle_error_slug_too_short(),
	cycle_slug_too_long: () => m.cycle_error_slug_too_long(),
	cycle_slug_format: () => m.cycle_error_slug_format(),
	cycle_slug_taken: () => m.cycle_error_slug_taken(),
	cycle_copy_unknown: () => m.cycle_error_copy_unknown(),
	cycle_first_day_missing: () => m.cycle_error_first_day_missing()
} satisfies Record<CycleStartErrorCode, (p: Params) => string> & Record<string, (p: Params) => string>;
