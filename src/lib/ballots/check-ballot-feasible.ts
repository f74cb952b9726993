import type { PhaseSettings } from '$lib/validation/phase-settings';

/** What one ballot (a pot's, or the whole cycle's when it has no pots) holds. */
export interface BallotFacts {
	/** The reviewed cost of each proposal on this ballot, in minor units (never 0: those are kept off). */
	costsMinor: readonly number[];
	/** The money this ballot decides, in minor units. */
	budgetMinor: number;
}

export type BallotFeasibility =
	| { feasible: true }
	/** Nothing on any ballot yet (settings chosen before review): checked again on a later save. */
	| { feasible: 'not_yet_known' }
	| { feasible: false; field: 'knapsackMinSpendPercent'; code: 'min_spend_impossible'; params: { largestPercent: number } }
	| { feasible: false; field: 'ballotType'; code: 'nothing_fits'; params: Record<string, never> }
	| { feasible: false; field: 'approvalMinChoices'; code: 'min_choices_impossible'; params: { proposals: number } };

/** Every way these settings can leave residents with a ballot they cannot send. */
export type BallotInfeasibility = Extract<BallotFeasibility, { feasible: false }>;

/**
 * Whether every resident could fill in a ballot under these settings. A knapsack ballot where no
 * choice of proposals both fits the money and spends the minimum (or where every proposal costs
 * more than the money), or an approval ballot that needs more ticks than it has proposals, can
 * never be sent: the vote would open with nobody able to vote. The tightest ballot decides, so
 * the message names what would work on every one of them. Cumulative and ranked ballots ask only
 * for one mark (points need not all be spent, ranks stop where the voter stops), so any ballot
 * with a proposal on it can be filled in.
 */
export function checkBallotFeasible(settings: PhaseSettings['test'], ballots: readonly BallotFacts[]): BallotFeasibility {
	// A ballot still empty is one still being made (proposals not reviewed, or not given a pot yet).
	const filled = ballots.filter((ballot) => ballot.costsMinor.length > 0);
	if (filled.length === 0) return { feasible: 'not_yet_known' };
	if (settings.ballotType === 'knapsack') {
		if (filled.some((ballot) => !canSpendBetween(ballot.costsMinor, 0, ballot.budgetMinor))) {
			return { feasible: false, field: 'ballotType', code: 'nothing_fits', params: {} };
		}
		if (settings.knapsackMinSpendPercent > 0) {
			const largestPercent = Math.min(...filled.map(largestMinSpendPercent));
			if (settings.knapsackMinSpendPercent > largestPercent) {
				return { feasible: false, field: 'knapsackMinSpendPercent', code: 'min_spend_impossible', params: { largestPercent } };
			}
		}
	}
	if (settings.ballotType === 'approval') {
		const proposals = Math.min(...filled.map((ballot) => ballot.costsMinor.length));
		if (settings.approvalMinChoices > proposals) {
			return { feasible: false, field: 'approvalMinChoices', code: 'min_choices_impossible', params: { proposals } };
		}
	}
	return { feasible: true };
}

/**
 * The largest whole percent of this ballot's money a voter could be made to spend: a ballot must
 * spend floor(budget × percent / 100) (as ballot-rules reads it) without going over the budget,
 * so some choice of proposals must land between the two. More percent is never easier: a search.
 */
function largestMinSpendPercent(ballot: BallotFacts): number {
	const reachable = (percent: number) => canSpendBetween(ballot.costsMinor, Math.floor((ballot.budgetMinor * percent) / 100), ballot.budgetMinor);
	let [low, high] = [0, 100];
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (reachable(middle)) low = middle;
		else high = middle - 1;
	}
	return low;
}

/** Past this many different totals the search stops and gives the benefit of the doubt. */
const MANY_TOTALS = 100_000;

/**
 * Whether some proposals (at least one) cost between low and high together. Proposals no dearer
 * than the gap (high − low) can be added one by one without jumping over it, so they only need to
 * add up to enough; only the dearer ones need trying in combination, and only as far as high.
 */
export function canSpendBetween(costsMinor: readonly number[], low: number, high: number): boolean {
	const fitting = costsMinor.filter((cost) => cost <= high);
	if (fitting.length === 0) return false;
	if (low <= 0) return true;
	const gap = high - low;
	const smallTotal = fitting.filter((cost) => cost <= gap).reduce((sum, cost) => sum + cost, 0);
	const needed = low - smallTotal;
	if (needed <= 0) return true;
	const totals = new Set([0]);
	for (const cost of fitting.filter((c) => c > gap)) {
		for (const total of [...totals]) {
			const next = total + cost;
			if (next > high) continue;
			if (next >= needed) return true;
			totals.add(next);
		}
		if (totals.size > MANY_TOTALS) return true;
	}
	return false;
}
