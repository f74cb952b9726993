/** Where a proposal stands: residents submit it, the team reviews it and says publicly what it decided. */
export const PROPOSAL_STATUSES = ['submitted', 'under_review', 'feasible', 'not_feasible', 'merged'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** The statuses a reviewer may choose (a proposal is `submitted` until someone reviews it). */
export const REVIEW_STATUSES = ['under_review', 'feasible', 'not_feasible', 'merged'] as const satisfies readonly ProposalStatus[];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The review outcomes: the team has said whether the proposal goes to the vote. */
export const REVIEW_OUTCOMES = ['feasible', 'not_feasible', 'merged'] as const satisfies readonly ProposalStatus[];
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export function isReviewOutcome(status: string): status is ReviewOutcome {
	return (REVIEW_OUTCOMES as readonly string[]).includes(status);
}
