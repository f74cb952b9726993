import { m } from '$lib/paraglide/messages';
import type { BallotRules } from '$lib/ballots/ballot-rules';
import { ballotFieldName } from '$lib/ballots/read-ballot-form';
import type { BallotMarks, BallotProblem } from '$lib/ballots/validate-ballot';

type Money = (minor: number) => string;

/** What to do, in one sentence, for the ballot the place chose. */
export function ballotInstructions(rules: BallotRules, money: Money): string {
	switch (rules.type) {
		case 'approval':
			return rules.maxChoices === null ? m.vote_instructions_approval_any() : m.vote_instructions_approval_max({ max: rules.maxChoices });
		case 'knapsack':
			return rules.minSpendMinor > 0 ? m.vote_instructions_knapsack_min({ budget: money(rules.budgetMinor), min: money(rules.minSpendMinor) }) : m.vote_instructions_knapsack({ budget: money(rules.budgetMinor) });
		case 'cumulative':
			return m.vote_instructions_cumulative({ points: rules.points, max: rules.maxPerProject });
		case 'ranked':
			return m.vote_instructions_ranked({ top: rules.top });
	}
}

/** A problem with a ballot in plain words: what to change. `title` names a project by its id. */
export function ballotProblemText(problem: BallotProblem, money: Money, title: (id: string) => string): string {
	switch (problem.code) {
		case 'unknown_project':
			return m.vote_problem_unknown_project();
		case 'nothing_chosen':
			return m.vote_problem_nothing_chosen();
		case 'too_few':
			return m.vote_problem_too_few({ min: problem.min, chosen: problem.chosen });
		case 'too_many':
			return m.vote_problem_too_many({ max: problem.max, chosen: problem.chosen });
		case 'over_budget':
			return m.vote_problem_over_budget({ over: money(problem.overMinor), budget: money(problem.budgetMinor) });
		case 'under_min_spend':
			return m.vote_problem_under_min_spend({ short: money(problem.shortMinor), min: money(problem.minSpendMinor) });
		case 'points_not_whole':
			return m.vote_problem_points_not_whole({ project: title(problem.projectId) });
		case 'points_over':
			return m.vote_problem_points_over({ used: problem.used, points: problem.points });
		case 'points_per_project_over':
			return m.vote_problem_points_per_project_over({ project: title(problem.projectId), max: problem.max });
		case 'rank_not_whole':
		case 'rank_out_of_range':
			return m.vote_problem_rank_invalid({ project: title(problem.projectId) });
		case 'rank_duplicate':
			return m.vote_problem_rank_duplicate({ rank: problem.rank });
		case 'rank_gap':
			return m.vote_problem_rank_gap({ missing: problem.missing });
	}
}

/** The form fields that carry a ballot's marks, to send them on from the review step. */
export function markFields(marks: BallotMarks): [string, string][] {
	switch (marks.type) {
		case 'approval':
		case 'knapsack':
			return marks.selected.map((id) => [ballotFieldName.choice, id]);
		case 'cumulative':
			return Object.entries(marks.points).map(([id, points]) => [ballotFieldName.points(id), String(points)]);
		case 'ranked':
			return Object.entries(marks.ranks).map(([id, rank]) => [ballotFieldName.rank(id), String(rank)]);
	}
}
