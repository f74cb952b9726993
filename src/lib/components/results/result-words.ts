import { m } from '$lib/paraglide/messages';
import { unitsToMinor } from '$lib/money/minor-units';
import type { ProjectExplanation } from '$lib/tally';

type Money = (minor: number) => string;

/**
 * Whether a count is told in points: a ranked ballot's count that stored each project's points
 * (`support`). A ranked count stored before points were kept is told as it was, in votes.
 */
export function countedInPoints(ranked: boolean, explanations: readonly ProjectExplanation[]): boolean {
	return ranked && explanations.every((e) => e.support !== undefined);
}

/**
 * Why a project won or lost, in words a resident understands: "funded in round 3: 412 supporters
 * each paid £8", "not funded: its supporters had £1,150 of the £4,000 it needs left", "did not fit
 * the money left", "nobody voted for it". A ranked count says "funded: 14 points" where an approval
 * count says "funded: 9 votes" (`points`: see countedInPoints).
 */
export function explanationText(e: ProjectExplanation, money: Money, currency: string, points = false): string {
	// A stored explanation's figures are in the currency's units: back to minor units, the currency's own digits.
	const minor = (units: number) => unitsToMinor(units, currency);
	if (e.status === 'funded') {
		if (e.payers === 0) return points ? m.results_why_funded_points({ points: e.support ?? 0 }) : m.results_why_funded_votes({ votes: e.supporters });
		if (e.minShare === e.maxShare) return m.results_why_funded_each({ round: e.round, payers: e.payers, share: money(minor(e.maxShare)) });
		return m.results_why_funded_range({ round: e.round, payers: e.payers, min: money(minor(e.minShare)), max: money(minor(e.maxShare)) });
	}
	switch (e.reason) {
		case 'dropped':
			return m.results_why_dropped({ left: money(minor(e.moneyLeft)), cost: money(minor(e.cost)), short: money(minor(e.shortfall)) });
		case 'did_not_fit':
			return m.results_why_did_not_fit({ left: money(minor(e.moneyLeft)) });
		case 'stopped':
			return m.results_why_stopped({ left: money(minor(e.moneyLeft)) });
		case 'no_support':
			return m.results_why_no_support();
	}
}
