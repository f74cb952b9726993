/**
 * A feasible proposal whose cost (reviewed, else estimated) is nothing: it is kept off every ballot
 * (loadBallotPaper holds the same rule in SQL). The vote shares out money and it needs none; Equal
 * Shares would never fund it, and a knapsack voter could tick it for free.
 */
export function costsNothing(proposal: { status: string; reviewedCostMinor: number | null; estimatedCostMinor: number }): boolean {
	return proposal.status === 'feasible' && (proposal.reviewedCostMinor ?? proposal.estimatedCostMinor) === 0;
}
