import { m } from '$lib/paraglide/messages';
import type { PaperErrorCode } from '$lib/voting/voting.errors';

type Text = (params: Record<string, string | number>) => string;
const serialOf = (p: Record<string, string | number>) => String(p.serial ?? '');

/** The codes the paper-entry actions send back, in the team's language. `serial` names the paper. */
export const paperErrorTexts = {
	paper_voting_closed: () => m.paper_closed(),
	paper_workshop_no_vote: () => m.paper_error_workshop_no_vote(),
	paper_pot_missing: () => m.paper_error_pot_missing(),
	paper_serial_invalid: () => m.paper_error_serial_invalid(),
	paper_marks_problem: () => m.paper_error_marks(),
	paper_voter_missing: (p) => m.paper_error_voter_missing({ serial: serialOf(p) }),
	paper_voter_not_found: () => m.paper_error_voter_not_found(),
	paper_already_voted: () => m.paper_error_already_voted(),
	paper_same_person: (p) => m.paper_error_same_person({ serial: serialOf(p) }),
	paper_entries_differ: (p) => m.paper_error_entries_differ({ serial: serialOf(p) }),
	paper_already_counted: (p) => m.paper_error_already_counted({ serial: serialOf(p) }),
	paper_reason_missing: () => m.paper_error_reason_missing(),
	paper_reason_too_long: () => m.paper_error_reason_too_long(),
	paper_entry_unknown: () => m.paper_error_entry_unknown(),
	paper_not_awaiting: () => m.paper_error_not_awaiting()
} satisfies Record<PaperErrorCode, Text>;

export function paperErrorText(code: string, params: Record<string, string | number>): string {
	return code in paperErrorTexts ? paperErrorTexts[code as PaperErrorCode](params) : m.form_error_unknown();
}
