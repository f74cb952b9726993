import type { DeliveryStatus } from '$lib/delivery/delivery-statuses';
import type { LocalizedText } from '$lib/localized-text';
import type { ReviewOutcome } from '$lib/proposals/proposal-statuses';
import type { ResultChangeKind } from '$lib/results/result-kinds';
import type { ProjectExplanation } from '$lib/tally';

/* What the "You said, we did" page draws; the server builds it (server/publish-back/journey.ts). */

/**
 * One proposal from idea to outcome. Each step is there only when it happened (null or empty
 * otherwise): a proposal not feasible has its review and nothing after it.
 */
export interface ProposalJourney {
	id: string;
	number: number;
	title: string;
	summary: string;
	language: string;
	submitted: { at: Date; authorName: string | null; groupName: string | null };
	reviewed: {
		at: Date | null;
		outcome: ReviewOutcome;
		reason: string;
		costMinor: number;
		/** For a merged proposal: the number of the one it joined. */
		mergedIntoNumber: number | null;
	};
	/** On the ballot, in this pot (null: the cycle's single vote). */
	ballot: { potName: LocalizedText | null } | null;
	vote: { countedAt: Date | null; explanation: ProjectExplanation } | null;
	/** Recorded after the vote, oldest first: about this proposal, or money moved to it. */
	changes: { at: Date; kind: ResultChangeKind; reason: string; amountMinor: number | null; fromNumber: number | null; toNumber: number | null }[];
	delivery: {
		status: DeliveryStatus;
		statusReason: string | null;
		budgetMinor: number;
		spentMinor: number;
		updatedAt: Date;
		latestUpdate: { body: string; language: string; at: Date } | null;
		outcomes: { statement: string; agreedWith: string; latestEvidence: { body: string; observedOn: string } | null }[];
	} | null;
}

export interface JourneyCycle {
	id: string;
	slug: string;
	title: LocalizedText;
	learningPublished: boolean;
	/** The team's newest decision statement on each counted pot (or the whole budget), oldest pot first. */
	decisions: { potName: LocalizedText | null; body: string; language: string; at: Date }[];
	proposals: ProposalJourney[];
}
