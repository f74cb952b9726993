import { m } from '$lib/paraglide/messages';
import type { ProposalErrorCode } from '$lib/proposals/proposals.errors';

type Text = (params: Record<string, string | number>) => string;

/** The words for each proposal_… code a proposal form can come back with (joined into form-errors.ts). */
export const proposalErrorTexts = {
	proposal_title_missing: () => m.proposal_error_title_missing(),
	proposal_title_too_long: () => m.proposal_error_title_too_long(),
	proposal_summary_missing: () => m.proposal_error_summary_missing(),
	proposal_summary_too_long: () => m.proposal_error_summary_too_long(),
	proposal_details_too_long: () => m.proposal_error_details_too_long(),
	proposal_cost_missing: () => m.proposal_error_cost_missing(),
	proposal_cost_invalid: () => m.proposal_error_cost_invalid(),
	proposal_cost_too_large: () => m.proposal_error_cost_too_large(),
	proposal_location_too_long: () => m.proposal_error_location_too_long(),
	proposal_challenge_unknown: () => m.proposal_error_challenge_unknown(),
	proposal_language_invalid: () => m.proposal_error_language_invalid(),
	proposal_group_unknown: () => m.proposal_error_group_unknown(),
	proposal_edited_meanwhile: () => m.proposal_error_edited_meanwhile(),
	proposal_phase_closed: () => m.proposal_error_phase_closed(),
	proposal_proposals_closed: () => m.proposal_error_proposals_closed(),
	proposal_groups_closed: () => m.proposal_error_groups_closed(),
	proposal_coauthoring_closed: () => m.proposal_error_coauthoring_closed(),
	proposal_over_max_cost: (p) => m.proposal_error_over_max_cost({ max: p.max ?? '' }),
	proposal_review_started: () => m.proposal_error_review_started(),
	proposal_already_coauthor: () => m.proposal_error_already_coauthor(),
	proposal_unknown: () => m.proposal_error_unknown(),
	proposal_invitation_wrong_account: () => m.proposal_error_invitation_wrong_account()
} satisfies Record<ProposalErrorCode, Text>;
