import { m } from '$lib/paraglide/messages';
import type { BallotStatusShown } from '$lib/voting/voting.errors';

type Text = (params: Record<string, string | number>) => string;

/** Why the vote page did not take a ballot, in the resident's language (one text per refusal). */
export const ballotErrorTexts = {
	postcode_needed: () => m.vote_status_postcode_needed(),
	not_in_area: () => m.vote_status_not_in_area(),
	age_needed: () => m.vote_status_age_needed(),
	too_young: () => m.vote_status_too_young(),
	not_on_register: () => m.vote_status_not_on_register(),
	reference_taken: () => m.vote_status_reference_taken(),
	reference_other: () => m.vote_status_reference_other(),
	voter_not_found: () => m.vote_status_voter_not_found(),
	receipt_not_found: () => m.vote_status_receipt_not_found(),
	pot_unknown: () => m.vote_status_pot_unknown(),
	voting_closed: () => m.vote_closed()
} satisfies Record<BallotStatusShown, Text>;

/** The words for a status the page shows, or null for one it shows otherwise (or none). */
export function ballotStatusText(status: string | undefined): string | null {
	return status && status in ballotErrorTexts ? ballotErrorTexts[status as BallotStatusShown]() : null;
}
