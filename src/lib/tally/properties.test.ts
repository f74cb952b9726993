/**
 * Properties on generated elections: budgets hold, MES matches a naive exact MES, fast proofs
 * hold over their whole range, add1's block skipping changes nothing, and outcomes do not depend
 * on the order voters or projects are listed in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Election } from './election';
import { isApproval } from './election';
import type { Completion, Rule, TieBreak } from './options';
import { buildProfile } from './profile';
import { isExhaustive, runAdd1 } from './rules/completion';
import { runMesExact } from './rules/mes-exact';
import { runMesFast } from './rules/mes-fast';
import { runMesFastTrial } from './rules/mes-fast-trial';
import { sumCosts } from './rules/outcome';
import { tallyElection } from './tally';
import { arbitraryElection, shuffleElection } from './testing/arbitrary';
import { runNaiveMes } from './testing/naive-mes';
import { makeTieBreak } from './tiebreak';

const tieBreaks: TieBreak[] = ['lexico', 'min-cost-then-votes'];
const RUNS = { numRuns: Number(process.env.TALLY_PROPERTY_RUNS ?? 300) };

/** MES utilities computed straight from the ballots, independently of profile.ts. */
function readUtilities(election: Election): Map<number, bigint>[] {
	return election.voters.map((voter) => {
		const utilities = new Map<number, bigint>();
		voter.choices.forEach((p, k) => {
			const u =
				election.voteType === 'approval' ? election.projects[p].cost
				: election.voteType === 'cumulative' ? BigInt(voter.points![k])
				: BigInt(voter.choices.length - k - 1);
			if (u > 0n) utilities.set(p, u); // a free approved project is worth 0 (cost utility): not supported
		});
		return utilities;
	});
}

describe('on generated elections', () => {
	it('the funded projects never cost more than the budget', () => {
		fc.assert(
			fc.property(arbitraryElection(), fc.constantFrom(...tieBreaks), (election, tieBreak) => {
				const rules: [Rule, Completion][] = [['greedy', 'none'], ['mes', 'none'], ['mes', 'add1'], ['mes', 'add1-greedy'], ['mes-card', 'add1'], ['mes-costpts', 'add1']];
				if (isApproval(election.voteType)) rules.push(['phragmen', 'none']);
				for (const [rule, completion] of rules) {
					const result = tallyElection(election, { rule, completion, tieBreak });
					expect(result.spent).toBeLessThanOrEqual(election.budget);
					expect(result.left).toBe(election.budget - result.spent);
				}
			}),
			RUNS
		);
	});

	it('MES funds what a naive exact MES funds, where nobody overpays and supporters pay in full', () => {
		fc.assert(
			fc.property(arbitraryElection(), fc.constantFrom(...tieBreaks), (election, tieBreak) => {
				const profile = buildProfile(election, election.voteType === 'approval' ? 'cost' : 'support');
				const perVoter = { num: election.budget, den: BigInt(election.voters.length) };
				const naive = runNaiveMes(election.projects.map((p) => p.cost), readUtilities(election), perVoter, makeTieBreak(tieBreak, profile));
				const result = tallyElection(election, { rule: 'mes', tieBreak });
				expect(result.selected).toEqual(naive.map((p) => election.projects[p].id));
			}),
			RUNS
		);
	});

	it('a proven fast MES run is the exact outcome at both ends of its range', () => {
		fc.assert(
			fc.property(arbitraryElection(), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 6 }), (election, extra, radius) => {
				const profile = buildProfile(election, election.voteType === 'approval' ? 'cost' : 'support');
				const tieBreak = makeTieBreak('lexico', profile);
				const n = BigInt(election.voters.length);
				const centre = election.budget + BigInt(extra) * n;
				const input = { perVoter: { num: centre, den: n }, tieBreak };
				const fast = runMesFast(profile, input, radius);
				// A trial run (not eager) proves the funded SET only, not the order.
				const trial = runMesFast(profile, input, radius, false);
				fc.pre(fast !== null || trial !== null);
				for (const end of [centre - BigInt(radius) * n, centre + BigInt(radius) * n]) {
					const exact = runMesExact(profile, { perVoter: { num: end, den: n }, tieBreak });
					if (fast) expect(fast.selected).toEqual(exact.selected);
					if (trial) expect(new Set(trial.selected)).toEqual(new Set(exact.selected));
				}
			}),
			RUNS
		);
	});

	it('trial runs, which reuse one state and read only the close contenders, fund the exact set whatever ran before', () => {
		fc.assert(
			fc.property(arbitraryElection(), fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 4 }), fc.constantFrom(...tieBreaks), (election, extras, tieBreakName) => {
				const profile = buildProfile(election, election.voteType === 'approval' ? 'cost' : 'support');
				const tieBreak = makeTieBreak(tieBreakName, profile);
				const n = BigInt(election.voters.length);
				for (const extra of extras) {
					const input = { perVoter: { num: election.budget + BigInt(extra) * n, den: n }, tieBreak };
					const trial = runMesFast(profile, input, 0, false);
					if (!trial) continue;
					const exact = runMesExact(profile, input);
					expect([...trial.selected].sort((a, b) => a - b)).toEqual([...exact.selected].sort((a, b) => a - b));
				}
			}),
			RUNS
		);
	});

	it("add1's branching trial run lists the exact funded set of every amount in its range", () => {
		fc.assert(
			fc.property(arbitraryElection(), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 8 }), (election, extra, radius, branches) => {
				const profile = buildProfile(election, election.voteType === 'approval' ? 'cost' : 'support');
				const tieBreak = makeTieBreak('lexico', profile);
				const n = BigInt(election.voters.length);
				const centre = election.budget + BigInt(extra) * n;
				const sets = runMesFastTrial(profile, { perVoter: { num: centre, den: n }, tieBreak }, radius, branches);
				fc.pre(sets !== null);
				const listed = new Set(sets!.map((set) => [...set].sort((a, b) => a - b).join(',')));
				// Every half unit from one end to the other (add1's blocks centre on half units).
				for (let j = -2 * radius; j <= 2 * radius; j++) {
					const exact = runMesExact(profile, { perVoter: { num: 2n * centre + BigInt(j) * n, den: 2n * n }, tieBreak });
					expect(listed).toContain([...exact.selected].sort((a, b) => a - b).join(','));
				}
			}),
			// Unproven orders (where it branches) are rare in small elections: many more cases.
			{ numRuns: RUNS.numRuns * 10 }
		);
	});

	it('add1 keeps the first exhaustive step, as a step-by-step exact loop does', () => {
		fc.assert(
			fc.property(arbitraryElection(), (election) => {
				const profile = buildProfile(election, election.voteType === 'approval' ? 'cost' : 'support');
				const tieBreak = makeTieBreak('lexico', profile);
				const n = BigInt(election.voters.length);
				let expected: number[] = profile.costs.flatMap((c, p) => (c === 0n && profile.supporterUtilities[p].some((u) => u > 0) ? [p] : []));
				for (let step = 0n; ; step++) {
					const run = runMesExact(profile, { perVoter: { num: profile.budget + step * n, den: n }, tieBreak });
					if (sumCosts(run.selected, profile.costs) > profile.budget) break;
					expected = run.selected;
					if (isExhaustive(profile, run.selected)) break;
				}
				expect(runAdd1(profile, tieBreak).selected).toEqual(expected);
			}),
			{ numRuns: 150 }
		);
	});

	it('greedy and MES do not depend on the order of voters and projects', () => {
		fc.assert(
			fc.property(arbitraryElection(), fc.constantFrom(...tieBreaks), fc.nat(100), (election, tieBreak, seed) => {
				const shuffled = shuffleElection(election, seed);
				for (const [rule, completion] of [['greedy', 'none'], ['mes', 'none'], ['mes', 'add1']] as [Rule, Completion][]) {
					const a = tallyElection(election, { rule, completion, tieBreak });
					const b = tallyElection(shuffled, { rule, completion, tieBreak });
					expect(b.selected).toEqual(a.selected);
				}
			}),
			RUNS
		);
	});
});
