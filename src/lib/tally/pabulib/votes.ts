/**
 * One voter's `vote` (and `points`) cells → project indices, with the reference's rules for
 * repeats: approval counts a project once, cumulative/scoring keep the LAST points given,
 * ordinal keeps the FIRST (highest) position. Naming an unknown project is an error.
 */
import type { VoteType } from '../election';
import { hasPoints } from '../election';
import { PabulibError } from './errors';

const WHOLE_NUMBER = /^\d+$/;

export interface VoterChoices {
	choices: number[];
	points?: number[];
}

/** Reads a comma list, dropping empty items (`1,,2,` is `1,2`). */
function splitList(cell: string): string[] {
	if (cell === '') return [];
	const items = cell.split(',');
	const kept: string[] = [];
	for (const item of items) {
		const trimmed = item.trim();
		if (trimmed !== '') kept.push(trimmed);
	}
	return kept;
}

function findProject(id: string, projects: Map<string, number>, line: number): number {
	const index = projects.get(id);
	if (index === undefined) {
		throw new PabulibError('unknown_project', line, `the vote names project "${id}", not listed`);
	}
	return index;
}

function readPoints(cell: string | undefined, count: number, line: number): number[] {
	const items = splitList(cell ?? '');
	if (items.length !== count) {
		throw new PabulibError('points_mismatch', line, `${count} projects but ${items.length} points`);
	}
	return items.map((item) => {
		// Points are whole numbers in every pabulib file; anything else would be a silent misread.
		if (!WHOLE_NUMBER.test(item) || !Number.isSafeInteger(Number(item))) {
			throw new PabulibError('bad_points', line, `points "${item}" are not a whole number`);
		}
		return Number(item);
	});
}

export function readVoterChoices(
	voteType: VoteType,
	voteCell: string,
	pointsCell: string | undefined,
	projects: Map<string, number>,
	line: number,
	singles: number[][] = []
): VoterChoices {
	// Fast path for the commonest ballot: one project (choose-1, many approval votes). Voters
	// who chose the same one project share one read-only list: 100,000 voters, a few hundred lists.
	if (!hasPoints(voteType) && voteCell.indexOf(',') < 0) {
		const id = voteCell.trim();
		if (id === '') return { choices: [] };
		const index = findProject(id, projects, line);
		return { choices: (singles[index] ??= [index]) };
	}
	const ids = splitList(voteCell);
	const indices = ids.map((id) => findProject(id, projects, line));
	if (hasPoints(voteType)) {
		const points = readPoints(pointsCell, ids.length, line);
		const position = new Map<number, number>();
		const choices: number[] = [];
		const kept: number[] = [];
		indices.forEach((index, i) => {
			const at = position.get(index);
			if (at === undefined) {
				position.set(index, choices.length);
				choices.push(index);
				kept.push(points[i]);
			} else kept[at] = points[i];
		});
		return { choices, points: kept };
	}
	// Approval and ordinal: the first occurrence wins, which for ordinal is the highest position.
	const choices = indices.length < 2 ? indices : [...new Set(indices)];
	if (voteType === 'choose-1' && choices.length > 1) {
		throw new PabulibError('too_many_choices', line, `a choose-1 vote names ${choices.length}`);
	}
	return { choices };
}
