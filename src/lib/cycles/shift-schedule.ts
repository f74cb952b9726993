import { placeDayAndTime, readPlaceTime } from '../place-time';
import type { PhaseDates } from './phase-schedule';

/**
 * A past cycle's phases moved so that its first phase opens on `firstDay` (YYYY-MM-DD on the
 * place's clock), every date by the same number of whole days. Times of day stay as they were on
 * the place's clock (a vote that closed at 17:00 closes at 17:00 again, summer time or not).
 * Phases without dates stay without. A phase that ran for less than a day (closed early, with a
 * reason, the day it opened) is given one whole day, so the copy offered to the team is a schedule
 * it can save as it is. Pure: the copy form is prefilled with what this returns.
 */
export function shiftSchedule(phases: readonly PhaseDates[], firstDay: string, timeZone: string): PhaseDates[] {
	const opening = phases.map((p) => p.opensAt).filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0];
	if (!opening) return phases.map((p) => ({ ...p }));
	const days = daysBetween(placeDayAndTime(opening, timeZone).day, firstDay);
	const move = (instant: Date | null) => (instant ? moveByDays(instant, days, timeZone) : null);
	return phases.map((p) => {
		const opensAt = move(p.opensAt);
		let closesAt = move(p.closesAt);
		if (opensAt && closesAt && closesAt.getTime() - opensAt.getTime() < 86_400_000) closesAt = moveByDays(opensAt, 1, timeZone);
		return { kind: p.kind, opensAt, closesAt };
	});
}

function daysBetween(from: string, to: string): number {
	const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
	return Math.round((utc(to) - utc(from)) / 86_400_000);
}

function moveByDays(instant: Date, days: number, timeZone: string): Date {
	const { day, time } = placeDayAndTime(instant, timeZone);
	const [year, month, date] = day.split('-').map(Number);
	const moved = new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
	return readPlaceTime(moved, time, timeZone) ?? new Date(instant.getTime() + days * 86_400_000);
}
