/**
 * add1: run MES with per-voter money B/n, then B/n + 1, B/n + 2, … (one currency unit per voter
 * per step) and keep the FIRST exhaustive outcome — or, when a step's outcome costs more than B,
 * the previous one.
 *
 * Speed without changing that definition: one certified fast run can prove that a whole block of
 * consecutive steps has the same outcome (see `radius` in mes-fast.ts), or — where the order of
 * close contenders is unproven — that every step funds one of a few listed sets
 * (`runMesFastTrial`). When all of them agree (each within budget and not exhaustive, or all
 * exhaustive, or all over budget), the block behaves as one step and its first step counts.
 * Blocks shrink when proofs fail, down to single steps, which fall back to exact arithmetic if
 * needed, and grow again while they succeed.
 */
import type { Add1Control } from '../options';
import type { Profile } from '../profile';
import { TallyError } from '../tally-error';
import type { MesRunInput } from './mes-common';
import { fundFreeProjects } from './mes-common';
import { runMes } from './mes';
import { runMesFastTrial } from './mes-fast-trial';
import { createOutcome, sumCosts, type RuleOutcome } from './outcome';

/** True when no supported, positive-cost, unfunded project fits the money left. */
export function isExhaustive(profile: Profile, selected: number[]): boolean {
	const chosen = new Set(selected);
	const left = profile.budget - sumCosts(selected, profile.costs);
	return profile.costs.every(
		(cost, p) =>
			chosen.has(p) || cost === 0n || profile.supporterGroups[p].length === 0 || cost > left
	);
}

type Verdict = 'over' | 'exhaustive' | 'more';

/**
 * add1's verdict on a funded set (over the budget, exhaustive, or room for more), run on every
 * set of every trial. In doubles when every cost and the budget add up below 2^53, so that
 * each sum is an exact integer; in bigints otherwise.
 */
function createClassifier(profile: Profile): (selected: number[]) => Verdict {
	const total = profile.costs.reduce((sum, cost) => sum + cost, profile.budget);
	if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
		return (selected) =>
			sumCosts(selected, profile.costs) > profile.budget ? 'over'
			: isExhaustive(profile, selected) ? 'exhaustive'
			: 'more';
	}
	const costs = profile.costs.map(Number);
	const budget = Number(profile.budget);
	// The projects that could still fit (supported, positive cost), cheapest first.
	const candidates = costs.flatMap((cost, p) => (cost > 0 && profile.supporterGroups[p].length > 0 ? [p] : [])).sort((a, b) => costs[a] - costs[b]);
	const chosen = new Uint8Array(costs.length);
	return (selected) => {
		let spent = 0;
		for (const p of selected) { spent += costs[p]; chosen[p] = 1; }
		let verdict: Verdict = spent > budget ? 'over' : 'exhaustive';
		if (verdict === 'exhaustive') {
			for (const p of candidates) {
				if (costs[p] > budget - spent) break;
				if (!chosen[p]) {
					verdict = 'more';
					break;
				}
			}
		}
		for (const p of selected) chosen[p] = 0;
		return verdict;
	};
}

export function runAdd1(profile: Profile, tieBreak: (a: number, b: number) => number, control?: Add1Control): RuleOutcome {
	const n = BigInt(profile.voterCount);
	const stepInput = (step: bigint): MesRunInput => ({
		perVoter: { num: profile.budget + step * profile.unit * n, den: n },
		tieBreak
	});
	const finish = (step: bigint, runs: number, exactRuns: number): RuleOutcome => {
		// Rerun the kept step on its own so the explanations carry its exact amounts.
		if (step < 0n) {
			const free = createOutcome();
			fundFreeProjects(profile, free, tieBreak);
			return { ...free, perVoterBudget: Number(profile.budget) / profile.voterCount, runs, exactRuns };
		}
		const input = stepInput(step);
		const kept = runMes(profile, input);
		const perVoterBudget = Number(input.perVoter.num) / profile.voterCount;
		return { ...kept, perVoterBudget, runs: runs + 1, exactRuns: exactRuns + (kept.exactRuns ?? 0) };
	};
	const classify = createClassifier(profile);
	let runs = 0;
	let exactRuns = 0;
	// Block sizes: a failed proof halves the block and retries the same steps (down to single
	// steps); a success doubles it back up to `top`, the size tried first. `top` halves when a
	// block of its size fails and doubles after three successes in a row: proofs fail near
	// change points and succeed on plateaus, whose length differs from one election to another.
	let top = 8n;
	let block = top;
	let streak = 0;
	const watch = control && watchAdd1(profile, control);
	for (let step = 0n; ; ) {
		watch?.(runs, step);
		if (block > 1n) {
			// Centre of steps step … step+block−1, radius (block−1)/2 units per voter.
			const input: MesRunInput = {
				perVoter: { num: 2n * profile.budget + (2n * step + block - 1n) * profile.unit * n, den: 2n * n },
				tieBreak
			};
			const sets = runMesFastTrial(profile, input, (Number(block - 1n) / 2) * Number(profile.unit));
			runs++;
			// Every step of the block funds one of these sets: when they all agree on what add1
			// does next (go on, stop here, or stop before), the block acts as one step.
			const verdicts = new Set(sets?.map(classify));
			if (!sets || verdicts.size !== 1) {
				if (block === top && top > 2n) { top /= 2n; streak = 0; }
				block /= 2n;
				continue;
			}
			if (block === top && ++streak >= 3 && top < 32n) { top *= 2n; streak = 0; }
			const [verdict] = verdicts;
			if (verdict === 'over') return finish(step - 1n, runs, exactRuns);
			if (verdict === 'exhaustive') return finish(step, runs, exactRuns);
		} else {
			const outcome = runMes(profile, stepInput(step), false);
			runs++;
			exactRuns += outcome.exactRuns ?? 0;
			const verdict = classify(outcome.selected);
			if (verdict === 'over') return finish(step - 1n, runs, exactRuns);
			if (verdict === 'exhaustive') return finish(step, runs, exactRuns);
		}
		step += block;
		block = block < top ? 2n * block : top;
	}
}

/** Reports progress before each run and stops add1 once it has made `maxRuns` runs. */
function watchAdd1(profile: Profile, control: Add1Control): (runs: number, step: bigint) => void {
	const unit = Number(profile.unit);
	const start = Number(profile.budget) / profile.voterCount / unit;
	const most = Number(profile.budget) / unit;
	const show = (amount: number) => String(Math.round(amount * 100) / 100);
	return (runs, step) => {
		const perVoter = start + Number(step);
		control.onProgress?.({ runs, perVoter, mostPerVoter: most });
		if (control.maxRuns && runs >= control.maxRuns) {
			throw new TallyError(
				'add1_too_long',
				`add1 stopped after ${runs} MES runs: each voter's money has grown from ${show(start)} to ${show(perVoter)} ` +
					`one currency unit at a time and may have to grow to ${show(most)}; the costs are large against one currency unit`
			);
		}
	};
}
