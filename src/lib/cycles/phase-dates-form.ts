import { nextDay, placeDayAndTime, readPlaceTime } from '../place-time';
import { PHASE_KINDS, type PhaseKind } from './phase-kinds';
import type { PhaseDates } from './phase-schedule';

/*
 * The dates of a cycle's phases as a form sends them, on the place's clock. For each phase kind:
 * `<kind>_included` (a checkbox: a place may leave a phase out), `<kind>_opens_day` and
 * `<kind>_opens_time`, `<kind>_closes_day` and `<kind>_closes_time`. A blank opening time means the
 * start of that day; a blank closing time means the end of that day (closing at the next midnight,
 * which is how the timeline reads "open until 9 December").
 */

export type PhaseDateFieldCode = 'date_missing' | 'date_invalid' | 'time_invalid';

export interface PhaseDatesForm {
	phases: PhaseDates[];
	/** Field name (`discover_opens`, `test_closes`) → code. */
	errors: Record<string, PhaseDateFieldCode>;
}

/**
 * Reads the phases the form includes (ticked `<kind>_included`), or, given `kinds`, exactly those
 * phases (a form about the phases a cycle already has, with no boxes to tick).
 */
export function readPhaseDatesForm(
	values: Record<string, string | undefined>,
	timeZone: string,
	options: { kinds?: readonly PhaseKind[] } = {}
): PhaseDatesForm {
	const phases: PhaseDates[] = [];
	const errors: Record<string, PhaseDateFieldCode> = {};
	for (const kind of options.kinds ?? PHASE_KINDS) {
		if (!options.kinds && !values[`${kind}_included`]) continue;
		const opens = readEdge(values, kind, 'opens', timeZone);
		const closes = readEdge(values, kind, 'closes', timeZone);
		if (opens.error) errors[`${kind}_opens`] = opens.error;
		if (closes.error) errors[`${kind}_closes`] = closes.error;
		phases.push({ kind, opensAt: opens.at, closesAt: closes.at });
	}
	return { phases, errors };
}

function readEdge(values: Record<string, string | undefined>, kind: PhaseKind, edge: 'opens' | 'closes', timeZone: string) {
	const day = (values[`${kind}_${edge}_day`] ?? '').trim();
	const time = (values[`${kind}_${edge}_time`] ?? '').trim();
	if (!day) return time ? { at: null, error: 'date_missing' as const } : { at: null, error: null };
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !readPlaceTime(day, '00:00', timeZone)) return { at: null, error: 'date_invalid' as const };
	if (time && !/^\d{1,2}:\d{2}$/.test(time)) return { at: null, error: 'time_invalid' as const };
	const at = time ? readPlaceTime(day, time, timeZone) : edge === 'opens' ? readPlaceTime(day, '00:00', timeZone) : readPlaceTime(nextDay(day), '00:00', timeZone);
	return at ? { at, error: null } : { at: null, error: 'time_invalid' as const };
}

/**
 * The form's values for phases already set: what the team sees when it opens the form. A close at
 * midnight is shown as the last whole day with no time, so the form reads as the timeline does.
 */
export function phaseDatesFormValues(phases: readonly PhaseDates[], timeZone: string): Record<string, string> {
	const values: Record<string, string> = {};
	for (const phase of phases) {
		values[`${phase.kind}_included`] = 'on';
		if (phase.opensAt) {
			const { day, time } = placeDayAndTime(phase.opensAt, timeZone);
			values[`${phase.kind}_opens_day`] = day;
			values[`${phase.kind}_opens_time`] = time === '00:00' ? '' : time;
		}
		if (phase.closesAt) {
			const { day, time } = placeDayAndTime(phase.closesAt, timeZone);
			if (time === '00:00') {
				values[`${phase.kind}_closes_day`] = placeDayAndTime(new Date(phase.closesAt.getTime() - 1), timeZone).day;
				values[`${phase.kind}_closes_time`] = '';
			} else {
				values[`${phase.kind}_closes_day`] = day;
				values[`${phase.kind}_closes_time`] = time;
			}
		}
	}
	return values;
}
