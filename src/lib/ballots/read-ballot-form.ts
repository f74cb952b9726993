import type { BallotType } from './ballot-rules';
import type { BallotMarks, BallotProblem } from './validate-ballot';

/**
 * Field names of the ballot form, shared by the page that renders it and the server that reads it:
 * approval and knapsack tick `choice` (one per project, value = project id); cumulative has
 * `points.<id>` number fields; ranked has `rank.<id>` selects (empty = not ranked).
 */
export const ballotFieldName = {
	choice: 'choice',
	points: (projectId: string) => `points.${projectId}`,
	rank: (projectId: string) => `rank.${projectId}`
};

/**
 * Reads a submitted ballot form (without JavaScript this is all there is). Text that is not a whole
 * number is reported, not guessed at; empty fields mean "nothing here". Fields for projects not on
 * the ballot are kept so validateBallot refuses them (a tampered form is refused, never repaired).
 */
export function readBallotForm(type: BallotType, entries: Iterable<[string, unknown]>): { marks: BallotMarks; problems: BallotProblem[] } {
	const problems: BallotProblem[] = [];
	const fields = [...entries].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
	if (type === 'approval' || type === 'knapsack') {
		return { marks: { type, selected: fields.filter(([name]) => name === ballotFieldName.choice).map(([, value]) => value) }, problems };
	}
	const prefix = type === 'cumulative' ? 'points.' : 'rank.';
	const numbers: Record<string, number> = {};
	for (const [name, raw] of fields) {
		if (!name.startsWith(prefix)) continue;
		const projectId = name.slice(prefix.length);
		const value = raw.trim();
		if (value === '') continue;
		if (!/^\d{1,6}$/.test(value)) {
			problems.push(type === 'cumulative' ? { code: 'points_not_whole', projectId } : { code: 'rank_not_whole', projectId });
			continue;
		}
		const number = Number(value);
		if (type === 'cumulative' && number === 0) continue;
		numbers[projectId] = number;
	}
	return { marks: type === 'cumulative' ? { type, points: numbers } : { type, ranks: numbers }, problems };
}
