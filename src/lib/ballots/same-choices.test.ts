import { describe, expect, it } from 'vitest';
import { sameChoices } from './same-choices';

describe('two entries of one paper ballot', () => {
	it('match for ticks typed in another order', () => {
		expect(sameChoices('approval', { choices: ['bench', 'mural'] }, { choices: ['mural', 'bench'] })).toBe(true);
		expect(sameChoices('knapsack', { choices: ['garden'] }, { choices: ['garden'] })).toBe(true);
	});

	it('differ when one tick is missing or another proposal is ticked', () => {
		expect(sameChoices('approval', { choices: ['bench', 'mural'] }, { choices: ['bench'] })).toBe(false);
		expect(sameChoices('knapsack', { choices: ['bench', 'mural'] }, { choices: ['bench', 'garden'] })).toBe(false);
	});

	it('differ for ranks in another order, because the order is the vote', () => {
		expect(sameChoices('ranked', { choices: ['bench', 'mural'] }, { choices: ['bench', 'mural'] })).toBe(true);
		expect(sameChoices('ranked', { choices: ['bench', 'mural'] }, { choices: ['mural', 'bench'] })).toBe(false);
	});

	it('match for the same points on the same proposals, and differ when one point moved', () => {
		expect(sameChoices('cumulative', { choices: ['bench', 'mural'], points: [3, 5] }, { choices: ['mural', 'bench'], points: [5, 3] })).toBe(true);
		expect(sameChoices('cumulative', { choices: ['bench', 'mural'], points: [3, 5] }, { choices: ['bench', 'mural'], points: [4, 4] })).toBe(false);
		expect(sameChoices('cumulative', { choices: ['bench', 'mural'], points: [3, 5] }, { choices: ['bench', 'garden'], points: [3, 5] })).toBe(false);
	});
});
