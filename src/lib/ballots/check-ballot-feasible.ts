import type { PhaseSettings } from '$lib/validation/phase-settings';

/** What one ballot (a pot's, or the whole cycle's when it has no pots) holds. */
export interface BallotFacts {
	/** Feasible proposals on this ballot. */
	proposalCount: number;
	/** Their reviewed costs added up, in minor units. */
	totalCostMinor: number;
	/** The money this ballot decides, in minor units. */
	budgetMinor: number;
}

export type BallotFeasibility =
	| { feasible: true }
	/** Nothing on any ballot yet (settings chosen before review): checked again on a later save. */
	| { feasible: 'not_yet_known' }
	| { feasible: false; field: 'knapsackMinSpendPercent'; code: 'min_spend_impossible'; params: { largestPercent: number } }
	| { feasible: false; field: 'approvalMinChoices'; code: 'min_choices_impossible'; params: { proposals: number } };

/**
 * Whether every resident could fill in a ballot under these settings. A knapsack ballot that must
 * spend more than everything on it costs, or an approval ballot that needs more ticks than it has
 * proposals, can never be sent: the vote would open with nobody able to vote. The tightest ballot
 * decides, so the message names what would work on every one of them.
 */
export function checkBallotFeasible(settings: PhaseSettings['test'], ballots: readonly BallotFacts[]): BallotFeasibility {
	// A ballot still empty is one still being made (proposals not reviewed, or not given a pot yet).
	const filled = ballots.filter((ballot) => ballot.proposalCount > 0);
	if (filled.length === 0) return { feasible: 'not_yet_known' };
	if (settings.ballotType === 'knapsack' && settings.knapsackMinSpendPercent > 0) {
		const largestPercent = Math.min(...filled.map(largestMinSpendPercent));
		if (settings.knapsackMinSpendPercent > largestPercent) {
			return { feasible: false, field: 'knapsackMinSpendPercent', code: 'min_spend_impossible', params: { largestPercent } };
		}
	}
	if (settings.ballotType === 'approval') {
		const proposals = Math.min(...filled.map((ballot) => ballot.proposalCount));
		if (settings.approvalMinChoices > proposals) {
			return { feasible: false, field: 'approvalMinChoices', code: 'min_choices_impossible', params: { proposals } };
		}
	}
	return { feasible: true };
}

/**
 * The largest whole percent of this ballot's money a voter could be made to spend: a ballot must
 * spend floor(budget × percent / 100) (as ballot-rules reads it), and cannot spend more than all
 * its proposals cost together.
 */
function largestMinSpendPercent(ballot: BallotFacts): number {
	let percent = 100;
	while (percent > 0 && Math.floor((ballot.budgetMinor * percent) / 100) > ballot.totalCostMinor) percent -= 1;
	return percent;
}
