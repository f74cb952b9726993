import type { BallotRules } from './ballot-rules';

/** A project as the ballot sees it: its id and (for knapsack) its cost in minor units. */
export interface BallotProject {
	id: string;
	costMinor: number;
}

/** What a resident marked, before checking. Keys are project ids. */
export type BallotMarks =
	| { type: 'approval' | 'knapsack'; selected: readonly string[] }
	| { type: 'cumulative'; points: Readonly<Record<string, number>> }
	/** Rank per project (1 = most wanted); unranked projects are absent. */
	| { type: 'ranked'; ranks: Readonly<Record<string, number>> };

/**
 * A valid ballot in the shape the count reads (like a pabulib vote): project ids, most wanted first
 * for ranked ballots, with points alongside for cumulative ones. It carries nothing about the voter.
 */
export interface CheckedBallot {
	choices: string[];
	points?: number[];
}

/**
 * What is wrong, as a code and numbers the page phrases in the resident's language ("you picked
 * £1,200 too much", "rank 2 is given twice"). All problems are listed, not just the first.
 */
export type BallotProblem =
	| { code: 'unknown_project' }
	| { code: 'nothing_chosen' }
	| { code: 'too_few'; min: number; chosen: number }
	| { code: 'too_many'; max: number; chosen: number }
	| { code: 'over_budget'; budgetMinor: number; spentMinor: number; overMinor: number }
	| { code: 'under_min_spend'; minSpendMinor: number; spentMinor: number; shortMinor: number }
	| { code: 'points_not_whole'; projectId: string }
	| { code: 'points_over'; points: number; used: number }
	| { code: 'points_per_project_over'; projectId: string; max: number; given: number }
	| { code: 'rank_not_whole'; projectId: string }
	| { code: 'rank_out_of_range'; projectId: string; top: number }
	| { code: 'rank_duplicate'; rank: number }
	| { code: 'rank_gap'; missing: number };

export type BallotCheck = { ok: true; ballot: CheckedBallot } | { ok: false; problems: BallotProblem[] };

/**
 * Checks a ballot against the pot's rules and projects. The one validation: the phone page uses it
 * for its live meter and its no-JavaScript review, the server to accept or refuse — and only the
 * server's answer counts. Output order is the projects' order (ranked: by rank), so two identical
 * ballots are stored identically.
 */
export function validateBallot(rules: BallotRules, projects: readonly BallotProject[], marks: BallotMarks): BallotCheck {
	if (marks.type !== rules.type && !(rules.type === 'knapsack' && marks.type === 'approval')) {
		return { ok: false, problems: [{ code: 'unknown_project' }] };
	}
	const known = new Map(projects.map((project, index) => [project.id, { project, index }]));
	switch (rules.type) {
		case 'approval':
		case 'knapsack':
			return checkSelection(rules, known, marks as Extract<BallotMarks, { selected: readonly string[] }>);
		case 'cumulative':
			return checkPoints(rules, known, marks as Extract<BallotMarks, { type: 'cumulative' }>);
		case 'ranked':
			return checkRanks(rules, known, marks as Extract<BallotMarks, { type: 'ranked' }>);
	}
}

type Known = Map<string, { project: BallotProject; index: number }>;

function inProjectOrder(known: Known, ids: Iterable<string>): string[] {
	return [...new Set(ids)].sort((a, b) => known.get(a)!.index - known.get(b)!.index);
}

/** Marks in the ballot's project order (so problems read in page order), or null if one is not on the ballot. */
function inOrder(known: Known, marks: Readonly<Record<string, number>>): [string, number][] | null {
	const entries = Object.entries(marks);
	if (entries.some(([id]) => !known.has(id))) return null;
	return entries.sort(([a], [b]) => known.get(a)!.index - known.get(b)!.index);
}

function checkSelection(rules: Extract<BallotRules, { type: 'approval' | 'knapsack' }>, known: Known, marks: { selected: readonly string[] }): BallotCheck {
	if (marks.selected.some((id) => !known.has(id))) return { ok: false, problems: [{ code: 'unknown_project' }] };
	const choices = inProjectOrder(known, marks.selected);
	const problems: BallotProblem[] = [];
	if (rules.type === 'approval') {
		if (choices.length === 0 && rules.minChoices > 0) problems.push({ code: 'nothing_chosen' });
		else if (choices.length < rules.minChoices) problems.push({ code: 'too_few', min: rules.minChoices, chosen: choices.length });
		if (rules.maxChoices !== null && choices.length > rules.maxChoices) problems.push({ code: 'too_many', max: rules.maxChoices, chosen: choices.length });
	} else {
		const spentMinor = choices.reduce((sum, id) => sum + known.get(id)!.project.costMinor, 0);
		if (choices.length === 0) problems.push({ code: 'nothing_chosen' });
		else if (spentMinor < rules.minSpendMinor) problems.push({ code: 'under_min_spend', minSpendMinor: rules.minSpendMinor, spentMinor, shortMinor: rules.minSpendMinor - spentMinor });
		if (spentMinor > rules.budgetMinor) problems.push({ code: 'over_budget', budgetMinor: rules.budgetMinor, spentMinor, overMinor: spentMinor - rules.budgetMinor });
	}
	return problems.length ? { ok: false, problems } : { ok: true, ballot: { choices } };
}

function checkPoints(rules: Extract<BallotRules, { type: 'cumulative' }>, known: Known, marks: { points: Readonly<Record<string, number>> }): BallotCheck {
	const problems: BallotProblem[] = [];
	const given: [string, number][] = [];
	const entries = inOrder(known, marks.points);
	if (!entries) return { ok: false, problems: [{ code: 'unknown_project' }] };
	for (const [projectId, points] of entries) {
		if (!Number.isSafeInteger(points) || points < 0) problems.push({ code: 'points_not_whole', projectId });
		else if (points > rules.maxPerProject) problems.push({ code: 'points_per_project_over', projectId, max: rules.maxPerProject, given: points });
		if (Number.isSafeInteger(points) && points > 0) given.push([projectId, points]);
	}
	const used = given.reduce((sum, [, points]) => sum + points, 0);
	if (given.length === 0 && problems.length === 0) problems.push({ code: 'nothing_chosen' });
	if (used > rules.points) problems.push({ code: 'points_over', points: rules.points, used });
	if (problems.length) return { ok: false, problems };
	const choices = inProjectOrder(known, given.map(([id]) => id));
	const byId = new Map(given);
	return { ok: true, ballot: { choices, points: choices.map((id) => byId.get(id)!) } };
}

function checkRanks(rules: Extract<BallotRules, { type: 'ranked' }>, known: Known, marks: { ranks: Readonly<Record<string, number>> }): BallotCheck {
	const problems: BallotProblem[] = [];
	const byRank = new Map<number, string[]>();
	const entries = inOrder(known, marks.ranks);
	if (!entries) return { ok: false, problems: [{ code: 'unknown_project' }] };
	for (const [projectId, rank] of entries) {
		if (!Number.isSafeInteger(rank)) problems.push({ code: 'rank_not_whole', projectId });
		else if (rank < 1 || rank > rules.top) problems.push({ code: 'rank_out_of_range', projectId, top: rules.top });
		else byRank.set(rank, [...(byRank.get(rank) ?? []), projectId]);
	}
	for (const [rank, ids] of [...byRank].sort(([a], [b]) => a - b)) if (ids.length > 1) problems.push({ code: 'rank_duplicate', rank });
	const highest = Math.max(0, ...byRank.keys());
	for (let rank = 1; rank < highest; rank++) if (!byRank.has(rank)) problems.push({ code: 'rank_gap', missing: rank });
	if (byRank.size === 0 && problems.length === 0) problems.push({ code: 'nothing_chosen' });
	if (problems.length) return { ok: false, problems };
	return { ok: true, ballot: { choices: [...byRank].sort(([a], [b]) => a - b).map(([, ids]) => ids[0]) } };
}
