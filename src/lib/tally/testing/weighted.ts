/** Helpers for checking weighted counts against unweighted ones (tests and bench). */
import type { Election } from '../election';

/** The election with the given weight on each voter, in voter order. */
export function withWeights(election: Election, weights: readonly number[]): Election {
	return { ...election, voters: election.voters.map((voter, v) => ({ ...voter, weight: weights[v] })) };
}

/**
 * The unweighted election in which each ballot of a whole-number weighted election is repeated
 * weight ÷ (the weights' greatest common divisor) times, with fresh voter ids: what a tool that
 * knows no weights counts to check a weighted count (weights.ts).
 */
export function repeatBallots(election: Election): Election {
	const weights = election.voters.map((voter) => voter.weight ?? 1);
	if (weights.some((w) => !Number.isInteger(w))) throw new Error('repeatBallots needs whole-number weights');
	const divisor = weights.reduce((a, b) => gcd(a, b), 0);
	const voters: Election['voters'] = [];
	election.voters.forEach((voter, v) => {
		for (let copy = 0; copy < weights[v] / divisor; copy++) {
			const { choices, points, extra } = voter;
			voters.push({ id: `${voter.id}#${copy + 1}`, choices, ...(points ? { points } : {}), extra });
		}
	});
	return { ...election, voters };
}

function gcd(a: number, b: number): number {
	while (b !== 0) [a, b] = [b, a % b];
	return a;
}

/** A small seeded random number generator (mulberry32), so checks are repeatable. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** One weight per voter, drawn from `choices` with a seeded generator. */
export function drawWeights(count: number, choices: readonly number[], seed: number): number[] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, () => choices[Math.floor(random() * choices.length)]);
}
