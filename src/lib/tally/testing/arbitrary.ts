/** fast-check generators of small elections, for the property tests. */
import fc from 'fast-check';
import type { Election, VoteType } from '../election';

export const arbitraryElection = (voteTypes: VoteType[] = ['approval', 'cumulative', 'ordinal']) =>
	fc
		.record({
			voteType: fc.constantFrom(...voteTypes),
			costs: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 7 }),
			budget: fc.integer({ min: 1, max: 200 }),
			ballots: fc.array(fc.array(fc.tuple(fc.nat(6), fc.integer({ min: 1, max: 4 })), { maxLength: 5 }), {
				minLength: 1,
				maxLength: 14
			})
		})
		.map(({ voteType, costs, budget, ballots }): Election => ({
			meta: [
				['budget', String(budget)],
				['vote_type', voteType]
			],
			voteType,
			budget: BigInt(budget),
			decimals: 0,
			// Ids that sort differently as strings and numbers ("10" < "9") exercise the tie-break.
			projects: costs.map((cost, i) => ({ id: String(i * 7 + 3), cost: BigInt(cost), extra: [] })),
			voters: ballots.map((ballot, v) => {
				const seen = new Map<number, number>();
				for (const [project, points] of ballot) if (project < costs.length && !seen.has(project)) seen.set(project, points);
				const choices = [...seen.keys()];
				const points = voteType === 'cumulative' ? [...seen.values()] : undefined;
				return { id: `v${v}`, choices, ...(points ? { points } : {}), extra: [] };
			}),
			projectColumns: [],
			voteColumns: []
		}));

/** The same election with voters and projects listed in another order. */
export function shuffleElection(election: Election, seed: number): Election {
	const order = election.projects.map((_, i) => i).sort((a, b) => ((a * 31 + seed) % 17) - ((b * 31 + seed) % 17) || a - b);
	const position = new Map(order.map((old, i) => [old, i]));
	return {
		...election,
		projects: order.map((i) => election.projects[i]),
		voters: [...election.voters].reverse().map((voter) => ({ ...voter, choices: voter.choices.map((c) => position.get(c)!) }))
	};
}
