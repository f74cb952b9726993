import { seededRandom } from '../../results/seeded-random';
import { AGREE, createOpinionMatrix, DISAGREE, PASS, setAnswer, type OpinionMatrix } from '../opinion-matrix';

/**
 * A conversation with groups planted in it, for tests and the bench: `agreeChance[g][s]` is how likely
 * a member of group g who sees statement s agrees with it; of the rest, four in five disagree and one
 * passes. Each participant sees each statement with chance `answered`. Members are interleaved (not one
 * group after another), so nothing can find the groups from their order.
 */
export type PlantedConversation = { matrix: OpinionMatrix; groupOf: Int32Array };

export function plantOpinions(sizes: number[], agreeChance: number[][], answered: number, seed: string): PlantedConversation {
	const random = seededRandom(seed);
	const participants = sizes.reduce((sum, size) => sum + size, 0);
	const statements = agreeChance[0].length;
	const groupOf = new Int32Array(participants);
	const left = [...sizes];
	for (let p = 0; p < participants; p++) {
		let group = p % sizes.length;
		while (left[group] === 0) group = (group + 1) % sizes.length;
		left[group]--;
		groupOf[p] = group;
	}
	const matrix = createOpinionMatrix(participants, statements);
	for (let p = 0; p < participants; p++) {
		for (let s = 0; s < statements; s++) {
			if (random() >= answered) continue;
			const chance = agreeChance[groupOf[p]][s];
			const roll = random();
			setAnswer(matrix, p, s, roll < chance ? AGREE : roll < chance + (1 - chance) * 0.8 ? DISAGREE : PASS);
		}
	}
	return { matrix, groupOf };
}

/**
 * The usual planted shape: `common` statements every group agrees with (9 in 10), then for each group
 * `own` statements that group agrees with (9 in 10) and every other group rejects (1 in 10).
 */
export function plantCommonGround(sizes: number[], common: number, own: number, answered: number, seed: string): PlantedConversation {
	const chances = sizes.map((_, group) => [
		...Array<number>(common).fill(0.9),
		...sizes.flatMap((__, owner) => Array<number>(own).fill(owner === group ? 0.9 : 0.1))
	]);
	return plantOpinions(sizes, chances, answered, seed);
}
