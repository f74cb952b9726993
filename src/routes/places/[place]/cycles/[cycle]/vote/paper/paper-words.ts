import { m } from '$lib/paraglide/messages';

export { paperErrorText } from '$lib/components/voting/paper-error-texts';

/**
 * When a paper was first entered: its day and the hour it falls in, in the place's time zone.
 * Entries keep no finer time than the hour (like ballots), so that is all there is to show.
 */
export function enteredHourText(hour: Date, day: string, timeZone: string): string {
	const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(hour);
	return m.paper_entered_hour({ date: day, hour: `${clock}:00` });
}
