/*
 * Stable codes a refusal carries from the server to the page (browser-safe: no server imports).
 * The words for each are in the matching components/<domain>/*-error-texts.ts, declared against it.
 */

/** What a proposal form (write, edit, co-authors, invitations) may refuse. */
export type ProposalErrorCode =
	| 'proposal_title_missing'
	| 'proposal_title_too_long'
	| 'proposal_summary_missing'
	| 'proposal_summary_too_long'
	| 'proposal_details_too_long'
	| 'proposal_cost_missing'
	| 'proposal_cost_invalid'
	| 'proposal_cost_too_large'
	| 'proposal_location_too_long'
	| 'proposal_challenge_unknown'
	| 'proposal_language_invalid'
	| 'proposal_group_unknown'
	| 'proposal_edited_meanwhile'
	| 'proposal_phase_closed'
	| 'proposal_proposals_closed'
	| 'proposal_groups_closed'
	| 'proposal_coauthoring_closed'
	| 'proposal_over_max_cost'
	| 'proposal_review_started'
	| 'proposal_already_coauthor'
	| 'proposal_unknown'
	| 'proposal_invitation_wrong_account';

/** What the team's review of a proposal may refuse. */
export type ProposalReviewErrorCode =
	| 'review_status_missing'
	| 'review_reason_missing'
	| 'review_reason_unchanged'
	| 'review_reason_too_long'
	| 'review_cost_missing'
	| 'review_merge_target_missing'
	| 'review_merge_target_unknown'
	| 'review_merge_target_merged'
	| 'review_has_merged_in'
	| 'review_proposal_hidden'
	| 'review_after_count';
