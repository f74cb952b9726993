/**
 * Sequential Phragmén on approval ballots, exact. Voters earn money continuously; the project
 * whose supporters can first pay for it (smallest new maximal load) is bought and its supporters'
 * loads reset to that time. It STOPS at the first chosen project that does not fit the budget;
 * the projects left that would have fitted are recorded as `stopped`, not as `did_not_fit`.
 *
 * A supporter's share of a project is what it raised their load by: the new load less their own.
 *
 * Weights: a voter of weight w is w voters (units, profile.ts), so counts are sums of weights.
 *
 * Voters whose loads are equal form a class; loads only ever take values t_k of past rounds, so
 * there are at most rounds + 1 classes, kept as numerators over one common denominator.
 */
import type { Profile } from '../profile';
import { createOutcome, type RuleOutcome } from './outcome';
import { gcd, divide } from './fraction';

export function runPhragmen(profile: Profile, tieBreak: (a: number, b: number) => number): RuleOutcome {
	const outcome = createOutcome();
	const { costs, budget, groupWeight, groupProjects, supporterGroups, supporterCount, supporterPeople } = profile;
	const m = costs.length;
	let denominator = 1n;
	const classLoad: bigint[] = [0n];
	const groupClass = groupWeight.map(() => 0);
	// counts[p][c]: voters supporting p whose load is in class c.
	const counts: number[][] = supporterGroups.map((groups) => [
		groups.reduce((sum, g) => sum + groupWeight[g], 0)
	]);
	const remaining = new Set<number>();
	for (let p = 0; p < m; p++) if (costs[p] <= budget) remaining.add(p);
	for (let p = 0; p < m; p++) if (!remaining.has(p)) outcome.unfunded.set(p, { reason: 'did_not_fit', moneyLeft: Number(budget) });
	let spent = 0n;
	for (let round = 1; remaining.size > 0; round++) {
		// new load of p = (Σ supporters' loads + cost) / supporters; compare numerators n_p / s_p.
		let best: number[] = [];
		let bestNum = 0n;
		let bestDen = 0n;
		for (const p of remaining) {
			const score = BigInt(supporterCount[p]);
			if (score === 0n) {
				if (bestDen === 0n) best.push(p); // infinite load: only ties with other unsupported ones
				continue;
			}
			let num = costs[p] * denominator;
			counts[p].forEach((count, c) => {
				if (count) num += BigInt(count) * classLoad[c];
			});
			const order = bestDen === 0n ? -1 : num * bestDen - bestNum * score;
			if (order < 0n) [best, bestNum, bestDen] = [[p], num, score];
			else if (order === 0n) best.push(p);
		}
		if (best.some((p) => spent + costs[p] > budget)) {
			const left = budget - spent;
			for (const p of remaining) outcome.unfunded.set(p, { reason: costs[p] > left ? 'did_not_fit' : 'stopped', moneyLeft: Number(left) });
			break;
		}
		const chosen = best.sort(tieBreak)[0];
		remaining.delete(chosen);
		spent += costs[chosen];
		outcome.selected.push(chosen);
		const shares = bestDen === 0n ? null : readShares(chosen, bestNum, bestDen);
		if (bestDen !== 0n) moveToNewClass(chosen, bestNum, bestDen);
		outcome.funded.set(chosen, {
			round,
			payers: supporterPeople[chosen],
			minShare: shares?.min ?? 0,
			maxShare: shares?.max ?? 0,
			effectiveVotes: supporterCount[chosen],
			stage: 'rule'
		});
	}
	for (const p of outcome.selected) outcome.unfunded.delete(p);
	return outcome;

	/** The smallest and largest load increase of the chosen project's supporters (new load num/(den·D)). */
	function readShares(chosen: number, num: bigint, den: bigint): { min: number; max: number } {
		let min = Infinity;
		let max = 0;
		counts[chosen].forEach((count, c) => {
			if (!count) return;
			const paid = divide(num - den * classLoad[c], den * denominator);
			min = Math.min(min, paid);
			max = Math.max(max, paid);
		});
		return { min, max };
	}

	/** Puts the chosen project's supporters into a new class at load num/(den·D). */
	function moveToNewClass(chosen: number, num: bigint, den: bigint): void {
		const common = gcd(num, den);
		const h = den / common;
		if (h !== 1n) {
			denominator *= h;
			for (let c = 0; c < classLoad.length; c++) classLoad[c] *= h;
		}
		const fresh = classLoad.length;
		classLoad.push(num / common);
		for (const list of counts) list.push(0);
		for (const g of supporterGroups[chosen]) {
			const old = groupClass[g];
			groupClass[g] = fresh;
			for (const q of groupProjects[g]) {
				counts[q][old] -= groupWeight[g];
				counts[q][fresh] += groupWeight[g];
			}
		}
	}
}
