/**
 * Voter weights, exactly. A weight is a positive number with at most two decimals (1, 1.5, 2);
 * absent means 1. The rules count a voter of weight w as w identical voters, so the engine turns
 * the weights into the smallest whole numbers in the same ratio ("units"): {1, 1.5, 2} becomes
 * {2, 3, 4}. With whole weights whose greatest common divisor is 1 the count is then, by
 * construction, the unweighted count of the election in which each ballot is repeated weight
 * times — which is how anyone can check it with a tool that knows no weights.
 *
 * Reducing by the common divisor is what makes the count depend only on the ratios: doubling every
 * weight changes nothing, add1's step included (it adds one currency unit per unit of weight).
 */
import type { Voter } from './election';
import { TallyError } from './tally-error';

/** Larger weights are refused: weights are small numbers, and units must stay exact integers. */
export const MAX_WEIGHT = 1000;

const WEIGHT_TEXT = /^\d+(?:[.,]\d{1,2})?$/;

export interface WeightUnits {
	/** Per voter, in the election's voter order: the voter's weight in units. */
	units: number[];
	/** How many units a weight of 1 is (may be a fraction: weights all 3 and 6 make it 1/3). */
	perWeightOne: number;
}

/** A weight cell of a .pb file: a positive number with at most two decimals; null when it is not one. */
export function parseWeight(text: string): number | null {
	if (!WEIGHT_TEXT.test(text)) return null;
	const weight = Number(text.replace(',', '.'));
	return weight > 0 && weight <= MAX_WEIGHT ? weight : null;
}

/** A weight as the .pb file writes it: `1.5`, `2`, `0.25`. */
export function formatWeight(weight: number): string {
	return String(Math.round(weight * 100) / 100);
}

/** The weight in hundredths, exactly; throws TallyError('bad_weight') for anything else. */
function readHundredths(weight: number, voter: Voter): number {
	const hundredths = Math.round(weight * 100);
	if (!(weight > 0) || weight > MAX_WEIGHT || Math.abs(weight * 100 - hundredths) > 1e-6) {
		throw new TallyError('bad_weight', `voter "${voter.id}" has weight ${weight}: a weight is a positive number up to ${MAX_WEIGHT} with at most two decimals`);
	}
	return hundredths;
}

/**
 * The voters' weights as units, or null when every voter carries the same weight (absent = 1):
 * then the count is the unweighted one, explanations included.
 */
export function scaleWeights(voters: readonly Voter[]): WeightUnits | null {
	if (!voters.some((voter) => voter.weight !== undefined && voter.weight !== 1)) return null;
	const hundredths = voters.map((voter) => (voter.weight === undefined ? 100 : readHundredths(voter.weight, voter)));
	let divisor = 0;
	for (const h of hundredths) divisor = gcd(divisor, h);
	if (hundredths.every((h) => h === divisor)) return null;
	return { units: hundredths.map((h) => h / divisor), perWeightOne: 100 / divisor };
}

function gcd(a: number, b: number): number {
	while (b !== 0) [a, b] = [b, a % b];
	return a;
}
