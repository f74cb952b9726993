import { m } from '$lib/paraglide/messages';
import type { BallotRules } from '$lib/ballots/ballot-rules';
import type { BallotSummary } from '$lib/ballots/summarize-ballot';

/** A rank as residents say it: 1st, 2nd, 3rd … (Welsh: 1af, 2il, 3ydd …). */
export function rankWord(rank: number): string {
	if (rank === 1) return m.vote_rank_first();
	if (rank === 2) return m.vote_rank_second();
	if (rank === 3) return m.vote_rank_third();
	return m.vote_rank_later({ rank });
}

/** The sticky meter's one line: money left, points left, or "2 of 5 chosen". */
export function meterText(rules: BallotRules, summary: BallotSummary, proposals: number, money: (minor: number) => string): string {
	switch (rules.type) {
		case 'knapsack':
			return m.vote_meter_money_left({ left: money(summary.leftMinor), budget: money(rules.budgetMinor) });
		case 'cumulative':
			return m.vote_meter_points_left({ left: summary.pointsLeft });
		case 'ranked':
			return m.vote_meter_chosen_of({ count: summary.chosen, total: Math.min(rules.top, proposals) });
		case 'approval':
			return m.vote_meter_chosen_of({ count: summary.chosen, total: Math.min(rules.maxChoices ?? proposals, proposals) });
	}
}
