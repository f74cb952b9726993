import { m } from '$lib/paraglide/messages';
import { costsNothing } from '$lib/proposals/costs-nothing';
import type { ProposalStatus } from '$lib/proposals/proposal-statuses';

const names: Record<ProposalStatus, () => string> = {
	submitted: m.proposal_status_submitted,
	under_review: m.proposal_status_under_review,
	feasible: m.proposal_status_feasible,
	not_feasible: m.proposal_status_not_feasible,
	merged: m.proposal_status_merged
};

/** A proposal's status in the reader's language. */
export function statusName(status: string): string {
	return names[status as ProposalStatus]?.() ?? status;
}

/** A proposal's status, saying so when it is feasible but off the ballot because it costs nothing. */
export function proposalStatusName(proposal: { status: string; reviewedCostMinor: number | null; estimatedCostMinor: number }): string {
	return costsNothing(proposal) ? m.vote_settings_free_status() : statusName(proposal.status);
}
