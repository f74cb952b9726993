import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { PhaseKind } from '$lib/cycles/phase-kinds';
import { formatDate, formatLastDay } from '$lib/format';
import { placeDayAndTime } from '$lib/place-time';
import { phaseName } from './phase-words';

/* How a change to a running cycle reads to residents, in their language and on the place's clock. */

export interface ShownCycleChange {
	kind: string;
	phaseKind: PhaseKind | null;
	after: { opensAt: string | null; closesAt: string | null } | null;
	createdAt: Date;
}

/** A start: its day, and the time when it is not midnight. */
export function startText(at: Date, locale: Locale, timeZone: string): string {
	const { time } = placeDayAndTime(at, timeZone);
	const date = formatDate(at, locale, timeZone);
	return time === '00:00' ? date : m.cycle_change_date_time({ date, time }, { locale });
}

/** An end: a close at midnight reads as the last whole day ("until 14 January"), otherwise day and time. */
export function endText(at: Date, locale: Locale, timeZone: string): string {
	const { time } = placeDayAndTime(at, timeZone);
	if (time === '00:00') return formatLastDay(at, locale, timeZone);
	return m.cycle_change_date_time({ date: formatDate(at, locale, timeZone), time }, { locale });
}

export function describeCycleChange(change: ShownCycleChange, locale: Locale, timeZone: string): string {
	const phase = change.phaseKind ? phaseName[change.phaseKind]() : '';
	const opens = change.after?.opensAt ? startText(new Date(change.after.opensAt), locale, timeZone) : null;
	const closes = change.after?.closesAt ? endText(new Date(change.after.closesAt), locale, timeZone) : null;
	const date = formatDate(change.createdAt, locale, timeZone);
	switch (change.kind) {
		case 'phase_moved':
			return closes && opens ? m.cycle_change_moved({ phase, opens, closes }, { locale }) : m.cycle_change_moved_open_ended({ phase, opens: opens ?? '' }, { locale });
		case 'phase_extended':
			return closes ? m.cycle_change_extended({ phase, closes }, { locale }) : m.cycle_change_extended_open_ended({ phase }, { locale });
		case 'phase_shortened':
			return m.cycle_change_shortened({ phase, closes: closes ?? '' }, { locale });
		case 'paused':
			return m.cycle_change_paused({ date }, { locale });
		case 'resumed':
			return m.cycle_change_resumed({ date }, { locale });
		default:
			return m.cycle_change_cancelled({ date }, { locale });
	}
}
