import type { BallotRules } from './ballot-rules';
import type { BallotMarks, BallotProject } from './validate-ballot';

/** What the live meter (with JavaScript) and the review step (without) show while a resident votes. */
export interface BallotSummary {
	chosen: number;
	/** Knapsack: money picked and left in the pot; zero for other ballots. */
	spentMinor: number;
	leftMinor: number;
	/** Cumulative: points given and left; zero for other ballots. */
	pointsUsed: number;
	pointsLeft: number;
}

/** Sums a ballot in progress. It never judges: validateBallot does that. Unknown ids count for nothing. */
export function summarizeBallot(rules: BallotRules, projects: readonly BallotProject[], marks: BallotMarks): BallotSummary {
	const cost = new Map(projects.map((project) => [project.id, project.costMinor]));
	const summary: BallotSummary = { chosen: 0, spentMinor: 0, leftMinor: 0, pointsUsed: 0, pointsLeft: 0 };
	if (marks.type === 'approval' || marks.type === 'knapsack') {
		const ids = [...new Set(marks.selected)].filter((id) => cost.has(id));
		summary.chosen = ids.length;
		if (rules.type === 'knapsack') {
			summary.spentMinor = ids.reduce((sum, id) => sum + cost.get(id)!, 0);
			summary.leftMinor = rules.budgetMinor - summary.spentMinor;
		}
	} else if (marks.type === 'cumulative') {
		const given = Object.entries(marks.points).filter(([id, points]) => cost.has(id) && Number.isSafeInteger(points) && points > 0);
		summary.chosen = given.length;
		summary.pointsUsed = given.reduce((sum, [, points]) => sum + points, 0);
		summary.pointsLeft = rules.type === 'cumulative' ? rules.points - summary.pointsUsed : 0;
	} else if (marks.type === 'ranked') {
		summary.chosen = Object.keys(marks.ranks).filter((id) => cost.has(id)).length;
	}
	return summary;
}
