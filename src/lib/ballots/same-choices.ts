import type { BallotType } from './ballot-rules';
import type { CheckedBallot } from './validate-ballot';

/**
 * Whether two entries of one paper ballot say the same thing, as the count would read them.
 * Ticks (approval, knapsack) are a set: the order they were typed in means nothing. Ranks are an
 * order: first choice first. Points are a set of (proposal, points) pairs. Both entries have been
 * through validateBallot, but the comparison does not rely on the order it returns them in.
 */
export function sameChoices(type: BallotType, first: CheckedBallot, second: CheckedBallot): boolean {
	if (first.choices.length !== second.choices.length) return false;
	switch (type) {
		case 'ranked':
			return first.choices.every((id, index) => second.choices[index] === id);
		case 'cumulative': {
			const given = pointsById(first);
			const other = pointsById(second);
			return given.size === other.size && [...given].every(([id, points]) => other.get(id) === points);
		}
		case 'approval':
		case 'knapsack': {
			const other = new Set(second.choices);
			return new Set(first.choices).size === other.size && first.choices.every((id) => other.has(id));
		}
	}
}

function pointsById(ballot: CheckedBallot): Map<string, number | undefined> {
	return new Map(ballot.choices.map((id, index) => [id, ballot.points?.[index]]));
}
