/**
 * The Method of Equal Shares in exact rational arithmetic (bigint). Every budget is a numerator
 * over one common denominator D, so comparisons are integer comparisons and nothing rounds.
 * This is the ground truth; `mes-fast.ts` gives the same answer faster and falls back here when
 * doubles cannot prove a decision.
 */
import type { Profile } from '../profile';
import { createOutcome, type RuleOutcome } from './outcome';
import { divide, gcd, isLess, type Fraction } from './fraction';
import { fundFreeProjects, type MesRunInput } from './mes-common';

interface Rho {
	/** ρ = x / (D·rich): supporters pay min(budget, ρ·u). */
	x: bigint;
	rich: bigint;
	value: Fraction;
}

export function runMesExact(profile: Profile, input: MesRunInput): RuleOutcome {
	const outcome = createOutcome();
	const { groupWeight, groupPeople, supporterGroups, supporterUtilities, groupProjects, costs } = profile;
	const weight = groupWeight.map(BigInt);
	let denominator = input.perVoter.den;
	const budget = groupWeight.map(() => input.perVoter.num);
	const utilities = profile.exactUtilities ?? supporterUtilities.map((list) => list.map(BigInt));
	const totalUtility = utilities.map((list, p) =>
		list.reduce((sum, u, k) => sum + weight[supporterGroups[p][k]] * u, 0n)
	);
	const available = supporterGroups.map((groups) =>
		groups.reduce((sum, g) => sum + weight[g] * input.perVoter.num, 0n)
	);
	const remaining = fundFreeProjects(profile, outcome, input.tieBreak);
	const lower = new Map<number, Fraction>();
	for (const p of remaining) lower.set(p, { num: costs[p], den: totalUtility[p] });

	const computeRho = (p: number): Rho => {
		const groups = supporterGroups[p];
		const us = utilities[p];
		const order = groups.map((_, k) => k);
		order.sort((a, b) => {
			const left = budget[groups[a]] * us[b];
			const right = budget[groups[b]] * us[a];
			return left < right ? -1 : left > right ? 1 : 0;
		});
		let x = costs[p] * denominator;
		let rich = totalUtility[p];
		for (const k of order) {
			const g = groups[k];
			if (x * us[k] <= budget[g] * rich) break;
			x -= weight[g] * budget[g];
			rich -= weight[g] * us[k];
		}
		return { x, rich, value: { num: x, den: denominator * rich } };
	};

	for (let round = 1; remaining.size > 0; round++) {
		for (const p of remaining) {
			if (available[p] < costs[p] * denominator) {
				remaining.delete(p);
				outcome.unfunded.set(p, { reason: 'dropped', round, moneyLeft: divide(available[p], denominator) });
			}
		}
		const order = [...remaining].sort((a, b) => (isLess(lower.get(a)!, lower.get(b)!) ? -1 : 1));
		let best = -1;
		let bestRho: Rho | null = null;
		for (const p of order) {
			// ρ only grows as money is spent, so an old ρ is a lower bound: stop when it is worse.
			if (bestRho && isLess(bestRho.value, lower.get(p)!)) break;
			const rho = computeRho(p);
			lower.set(p, rho.value);
			if (
				!bestRho ||
				isLess(rho.value, bestRho.value) ||
				(!isLess(bestRho.value, rho.value) && input.tieBreak(p, best) < 0)
			) {
				best = p;
				bestRho = rho;
			}
		}
		if (!bestRho) break;
		// Pay: shares x·u/rich put over a new common denominator D·h.
		const common = gcd(bestRho.x, bestRho.rich);
		const h = bestRho.rich / common;
		const share = bestRho.x / common;
		if (h !== 1n) {
			denominator *= h;
			for (let g = 0; g < budget.length; g++) budget[g] *= h;
			for (let p = 0; p < available.length; p++) available[p] *= h;
		}
		let payers = 0;
		let minShare = Infinity;
		let maxShare = 0;
		supporterGroups[best].forEach((g, k) => {
			const due = share * utilities[best][k];
			const paid = due < budget[g] ? due : budget[g];
			if (paid === 0n) return;
			budget[g] -= paid;
			for (const q of groupProjects[g]) available[q] -= weight[g] * paid;
			payers += groupPeople[g];
			const amount = divide(paid, denominator);
			minShare = Math.min(minShare, amount);
			maxShare = Math.max(maxShare, amount);
		});
		remaining.delete(best);
		outcome.selected.push(best);
		const cost = Number(costs[best]);
		outcome.funded.set(best, {
			round,
			payers,
			minShare,
			maxShare,
			effectiveVotes: maxShare > 0 ? cost / maxShare : 0,
			stage: 'rule'
		});
	}
	return outcome;
}
