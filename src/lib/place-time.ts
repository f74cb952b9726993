/*
 * Instants typed and shown on a place's own clock. Pure (Intl's numeric time-zone parts only, which
 * every ICU build has): the server reads forms with it, and pages can fill forms with it.
 */

/**
 * A date and a time typed in the place's own clock (what a date and a time field send: 2026-11-30
 * and 18:30), read as the instant it is in the place's time zone, so a team in Cardiff and a server
 * in UTC agree about "half past six". Null when either is not a real date or time.
 */
export function readPlaceTime(day: string, time: string, timeZone: string): Date | null {
	const d = day.trim().match(/^(\d{4})-(\d{2})-(\d{2})$/);
	const t = time.trim().match(/^(\d{1,2}):(\d{2})$/);
	if (!d || !t) return null;
	const [year, month, date, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
	if (hour > 23 || minute > 59) return null;
	const asUtc = Date.UTC(year, month - 1, date, hour, minute);
	const check = new Date(asUtc);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date || year < 2000 || year > 2100) return null;
	// The zone's offset at that moment, taken twice so a time beside a clock change settles.
	let instant = asUtc - offsetAt(asUtc, timeZone);
	instant = asUtc - offsetAt(instant, timeZone);
	return new Date(instant);
}

/** The day after a `YYYY-MM-DD` day, in the same form (for "the whole of that day"). */
export function nextDay(day: string): string {
	const [year, month, date] = day.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** An instant as the date and time a place's clock shows (`2026-11-30`, `18:30`): to fill a form. */
export function placeDayAndTime(instant: Date, timeZone: string): { day: string; time: string } {
	const wall = new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
	const iso = wall.toISOString();
	return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** How far the place's clock is ahead of UTC at an instant, in milliseconds. */
export function offsetAt(instant: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(instant));
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
	return wall - Math.floor(instant / 1000) * 1000;
}
