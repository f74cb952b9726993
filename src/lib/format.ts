import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { minorUnitDigits } from '$lib/money/minor-units';
import { placeDayAndTime } from '$lib/place-time';

/*
 * Formatting for people: dates in the place's time zone, money from integer minor units.
 * Month and language names come from messages/, not from Intl: browsers ship trimmed locale data
 * (Chromium may not know Welsh), and the page must read the same before and after hydration.
 */

const monthNames = [
	m.date_month_1, m.date_month_2, m.date_month_3, m.date_month_4, m.date_month_5, m.date_month_6,
	m.date_month_7, m.date_month_8, m.date_month_9, m.date_month_10, m.date_month_11, m.date_month_12
];

/** The calendar day an instant falls on in a time zone (numeric parts only: every ICU build has them). */
export function calendarDay(date: Date, timeZone: string): { year: number; month: number; day: number } {
	const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone }).formatToParts(date);
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	return { year: part('year'), month: part('month'), day: part('day') };
}

export function formatDate(date: Date, locale: Locale, timeZone: string): string {
	const { year, month, day } = calendarDay(date, timeZone);
	return m.date_long({ day, month: monthNames[month - 1]({}, { locale }), year }, { locale });
}

/** A date and its time of day (24-hour) in the place's time zone, e.g. "7 December 2026 16:20". */
export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
	const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
	return `${formatDate(date, locale, timeZone)} ${time}`;
}

/** Money is stored as an integer of minor units (pence); the currency says how many digits that is. */
export function formatMoney(minorUnits: number, currency: string, locale: string): string {
	const digits = minorUnitDigits(currency);
	const major = minorUnits / 10 ** digits;
	const whole = Number.isInteger(major);
	return new Intl.NumberFormat(locale, {
		style: 'currency',
		currency,
		minimumFractionDigits: whole ? 0 : digits,
		maximumFractionDigits: digits
	}).format(major);
}

const knownLanguageNames: Record<string, (inputs: object, options: { locale: Locale }) => string> = {
	en: m.language_name_en,
	cy: m.language_name_cy
};

/** A language's name in the reader's language ("Welsh"/"Cymraeg"); pass the code itself for its own name. */
export function languageName(code: string, inLocale: Locale): string {
	const known = knownLanguageNames[code];
	if (known) return known({}, { locale: inLocale });
	try {
		return new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

/**
 * The last day a phase is open. Phases close at an instant (often midnight, exclusive), and
 * "open until 9 December" must not mean "closed all of 9 December", so we show the day of the
 * last open moment.
 */
export function formatLastDay(closesAt: Date, locale: Locale, timeZone: string): string {
	return formatDate(new Date(closesAt.getTime() - 1), locale, timeZone);
}

/**
 * When a phase opens, on the place's clock: the date, and the time too when it is not midnight
 * ("14 January 2026, 17:00"), so a vote that opens at 9 in the morning says so.
 */
export function formatOpening(opensAt: Date, locale: Locale, timeZone: string): string {
	const { time } = placeDayAndTime(opensAt, timeZone);
	const day = formatDate(opensAt, locale, timeZone);
	return time === '00:00' ? day : m.date_with_time({ date: day, time }, { locale });
}

/**
 * When a phase closes, on the place's clock: at midnight, the last whole day it is open ("until
 * 13 January 2026"); at any other time, the day and the time it closes ("until 14 January 2026, 17:00").
 */
export function formatClosing(closesAt: Date, locale: Locale, timeZone: string): string {
	const { time } = placeDayAndTime(closesAt, timeZone);
	if (time === '00:00') return formatLastDay(closesAt, locale, timeZone);
	return m.date_with_time({ date: formatDate(closesAt, locale, timeZone), time }, { locale });
}
