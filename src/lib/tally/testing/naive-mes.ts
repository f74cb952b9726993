/**
 * A deliberately naive MES for the property tests: one exact rational budget per voter, every
 * project re-evaluated every round, no grouping, no floats. It asserts as it goes that nobody
 * pays more than they have and every funded project is paid in full by its own supporters.
 */
import { gcd, isLess, type Fraction } from '../rules/fraction';

const reduce = (f: Fraction): Fraction => {
	const g = gcd(f.num, f.den) || 1n;
	return { num: f.num / g, den: f.den / g };
};
const add = (a: Fraction, b: Fraction) => reduce({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });
const sub = (a: Fraction, b: Fraction) => add(a, { num: -b.num, den: b.den });
const mul = (a: Fraction, k: bigint) => reduce({ num: a.num * k, den: a.den });
const min = (a: Fraction, b: Fraction) => (isLess(a, b) ? a : b);

export function runNaiveMes(
	costs: bigint[],
	utilities: Map<number, bigint>[],
	perVoter: Fraction,
	tieBreak: (a: number, b: number) => number
): number[] {
	const budgets = utilities.map(() => perVoter);
	const selected: number[] = [];
	const remaining = new Set(costs.map((_, p) => p).filter((p) => costs[p] > 0n && utilities.some((u) => u.has(p))));
	costs.forEach((cost, p) => cost === 0n && utilities.some((u) => u.has(p)) && selected.push(p));
	selected.sort(tieBreak);
	for (;;) {
		let best = -1;
		let bestRho: Fraction | null = null;
		for (const p of [...remaining]) {
			const supporters = utilities.map((u, i) => i).filter((i) => utilities[i].has(p));
			const money = supporters.reduce((sum, i) => add(sum, budgets[i]), { num: 0n, den: 1n });
			if (isLess(money, { num: costs[p], den: 1n })) {
				remaining.delete(p);
				continue;
			}
			// Smallest ρ with Σ min(b_i, ρ·u_i) = cost: try each voter's b_i/u_i as the breakpoint.
			supporters.sort((a, b) => (isLess(mul(budgets[a], utilities[b].get(p)!), mul(budgets[b], utilities[a].get(p)!)) ? -1 : 1));
			let paidByPoor: Fraction = { num: 0n, den: 1n };
			let richUtility = supporters.reduce((sum, i) => sum + utilities[i].get(p)!, 0n);
			for (const i of supporters) {
				const rho = reduce({ num: (costs[p] * paidByPoor.den - paidByPoor.num), den: paidByPoor.den * richUtility });
				if (!isLess(budgets[i], mul(rho, utilities[i].get(p)!))) {
					if (!bestRho || isLess(rho, bestRho) || (!isLess(bestRho, rho) && tieBreak(p, best) < 0)) [best, bestRho] = [p, rho];
					break;
				}
				paidByPoor = add(paidByPoor, budgets[i]);
				richUtility -= utilities[i].get(p)!;
			}
		}
		if (!bestRho) return selected;
		let paid: Fraction = { num: 0n, den: 1n };
		utilities.forEach((u, i) => {
			if (!u.has(best)) return;
			const share = min(budgets[i], mul(bestRho!, u.get(best)!));
			budgets[i] = sub(budgets[i], share);
			if (budgets[i].num < 0n) throw new Error(`voter ${i} paid more than their money`);
			paid = add(paid, share);
		});
		if (paid.num !== costs[best] * paid.den) throw new Error(`project ${best} was not paid in full`);
		remaining.delete(best);
		selected.push(best);
	}
}
