import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocations, sumPooledBudget } from './pooled-budget';

describe('pooled budgets', () => {
	it('give each pot its ring-fenced money plus its share of the open money', () => {
		const budget = sumPooledBudget(
			[
				{ amountMinor: 2_000_000, potId: null },
				{ amountMinor: 500_000, potId: 'north' },
				{ amountMinor: 1_000_000, potId: null }
			],
			[
				{ id: 'north', allocatedMinor: 1_000_000 },
				{ id: 'south', allocatedMinor: 1_500_000 }
			]
		);
		expect(budget).toEqual({
			totalMinor: 3_500_000,
			openMinor: 3_000_000,
			unallocatedMinor: 500_000,
			pots: [
				{ id: 'north', ringFencedMinor: 500_000, allocatedMinor: 1_000_000, totalMinor: 1_500_000 },
				{ id: 'south', ringFencedMinor: 0, allocatedMinor: 1_500_000, totalMinor: 1_500_000 }
			]
		});
		expect(checkAllocations(budget)).toEqual({ ok: true });
	});

	it('say by how much pots were given more open money than there is', () => {
		const budget = sumPooledBudget([{ amountMinor: 100, potId: null }], [{ id: 'a', allocatedMinor: 150 }]);
		expect(checkAllocations(budget)).toEqual({ ok: false, code: 'over_allocated', overMinor: 50 });
	});

	it('never lose or invent a penny: pots plus unallocated money add up to the total', () => {
		const ids = ['a', 'b', 'c'];
		fc.assert(
			fc.property(
				fc.array(fc.record({ amountMinor: fc.integer({ min: 1, max: 10 ** 9 }), potId: fc.constantFrom(null, ...ids) })),
				fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { minLength: 3, maxLength: 3 }),
				(contributions, shares) => {
					const budget = sumPooledBudget(contributions, ids.map((id, i) => ({ id, allocatedMinor: shares[i] })));
					const inPots = budget.pots.reduce((sum, pot) => sum + pot.totalMinor, 0);
					expect(inPots + budget.unallocatedMinor).toBe(budget.totalMinor);
					expect(checkAllocations(budget).ok).toBe(budget.unallocatedMinor >= 0);
				}
			)
		);
	});
});
