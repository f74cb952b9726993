import { m } from '$lib/paraglide/messages';

/** The codes the paper-entry actions send back, in the team's language. `serial` names the paper. */
const texts: Record<string, (params: Record<string, string>) => string> = {
	paper_voting_closed: () => m.paper_closed(),
	paper_pot_missing: () => m.paper_error_pot_missing(),
	paper_serial_invalid: () => m.paper_error_serial_invalid(),
	paper_marks_problem: () => m.paper_error_marks(),
	paper_voter_missing: (p) => m.paper_error_voter_missing({ serial: p.serial ?? '' }),
	paper_voter_not_found: () => m.paper_error_voter_not_found(),
	paper_already_voted: () => m.paper_error_already_voted(),
	paper_same_person: (p) => m.paper_error_same_person({ serial: p.serial ?? '' }),
	paper_entries_differ: (p) => m.paper_error_entries_differ({ serial: p.serial ?? '' }),
	paper_already_counted: (p) => m.paper_error_already_counted({ serial: p.serial ?? '' }),
	paper_reason_missing: () => m.paper_error_reason_missing(),
	paper_reason_too_long: () => m.paper_error_reason_too_long(),
	paper_entry_unknown: () => m.paper_error_entry_unknown(),
	paper_not_awaiting: () => m.paper_error_not_awaiting()
};

export function paperErrorText(code: string, params: Record<string, string>): string {
	return (texts[code] ?? (() => m.form_error_unknown()))(params);
}

/**
 * When a paper was first entered: its day and the hour it falls in, in the place's time zone.
 * Entries keep no finer time than the hour (like ballots), so that is all there is to show.
 */
export function enteredHourText(hour: Date, day: string, timeZone: string): string {
	const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(hour);
	return m.paper_entered_hour({ date: day, hour: `${clock}:00` });
}
