import type { PhaseSettings } from '$lib/validation/phase-settings';

/**
 * What a valid ballot is in one pot, as the place chose it in the test phase's settings. Pure data:
 * the phone page (live meter, no-JS review) and the server (the authority) read the same rules.
 * Money is integer minor units (pence).
 */
export type BallotRules =
	/** Tick any projects, between a minimum and (optionally) a maximum number. */
	| { type: 'approval'; minChoices: number; maxChoices: number | null }
	/** Pick projects whose costs fit the pot; optionally spend at least a share of it. */
	| { type: 'knapsack'; budgetMinor: number; minSpendMinor: number }
	/** Spread whole points over projects, at most some per project. */
	| { type: 'cumulative'; points: number; maxPerProject: number }
	/** Rank up to `top` projects, 1 = most wanted. */
	| { type: 'ranked'; top: number };

export type BallotType = BallotRules['type'];

/** The rules for a pot from its cycle's test-phase settings and the money in the pot. */
export function ballotRulesFor(settings: PhaseSettings['test'], potBudgetMinor: number): BallotRules {
	switch (settings.ballotType) {
		case 'approval':
			return { type: 'approval', minChoices: settings.approvalMinChoices, maxChoices: settings.approvalMaxChoices };
		case 'knapsack':
			// Rounded down: "at least 50 %" of £1,001 never asks for more than the pot can show.
			return { type: 'knapsack', budgetMinor: potBudgetMinor, minSpendMinor: Math.floor((potBudgetMinor * settings.knapsackMinSpendPercent) / 100) };
		case 'cumulative':
			return { type: 'cumulative', points: settings.cumulativePoints, maxPerProject: settings.cumulativeMaxPerProject ?? settings.cumulativePoints };
		case 'ranked':
			return { type: 'ranked', top: settings.rankedTop };
	}
}
