/**
 * Turns a pot's stored ballots into the tally engine's election (and so into a pabulib file):
 * projects are the proposals on the ballot, at the cost residents voted on; voters are the
 * ballots in the order given — callers shuffle first, so nothing about when someone voted survives.
 * Pure: no database, no routes.
 */
import { minorUnitDigits } from '../money/minor-units';
import { inMetaOrder, tieBreakComment } from './pabulib-meta';
import { formatMoney, ordinalPoints, type Election, type TallyOptions, type VoteType } from '../tally';

export type BallotKind = 'approval' | 'knapsack' | 'cumulative' | 'ranked';
export type CountRule = 'greedy' | 'mes' | 'phragmen';

export interface PotProposal {
	id: string;
	number: number;
	title: string;
	costMinor: number;
}

export interface StoredChoices {
	choices: string[];
	points?: number[];
}

export interface PotVote {
	/** For the file's META: the place, the cycle, the pot. */
	description: string;
	/** The place, and the pot within it when the cycle has pots. */
	unit: string;
	subunit?: string;
	/** The cycle. */
	instance: string;
	/** The place's country, as pabulib names it ("United Kingdom"; see pabulib-meta.ts). */
	country?: string;
	/** The vote's first and last days on the place's clock, DD.MM.YYYY (pabulibDay), when known. */
	dateBegin?: string;
	dateEnd?: string;
	/** What the ballot allowed, as pabulib names it (max_length, min_length, max_sum_points, max_points). */
	limits?: [string, string][];
	currency: string;
	language: string;
	ballotType: BallotKind;
	budgetMinor: number;
	proposals: PotProposal[];
	ballots: StoredChoices[];
	/** The rule the place chose, for the file's META and the count. */
	rule: CountRule;
	/** Once counted: the funded proposals' ids and the tie-break the count used, for the open data. */
	outcome?: { selected: readonly string[]; tieBreak: string };
}

/** approval and knapsack ballots are sets of projects; cumulative spreads points; ranked is ordinal. */
export function voteTypeOf(kind: BallotKind): VoteType {
	return kind === 'cumulative' ? 'cumulative' : kind === 'ranked' ? 'ordinal' : 'approval';
}

/**
 * The count the place chose, as engine options. The Method of Equal Shares is run with the add1
 * completion (raise every voter's share by one unit until the money is used) as equalshares.net
 * recommends, and ties go to the cheaper project, then the one more people chose.
 *
 * A ranked ballot ("rank your top k") is counted with positional points: the first choice is worth
 * k points, the next k − 1, … the k-th 1 (pabutools' `position` utility, k read from the file's
 * `max_length`). Never Borda from the end of the ballot: that makes each voter's last choice worth
 * nothing, so a ballot ranking one proposal would not count at all.
 *
 * Phragmén (ticked ballots only, phase-settings.ts) runs as it is: it has no completion.
 */
export function tallyOptionsFor(rule: CountRule, ballotType: BallotKind): TallyOptions {
	const ordinal = ballotType === 'ranked' ? { ordinalUtility: 'position' as const } : {};
	if (rule === 'phragmen') return { rule: 'phragmen', tieBreak: 'min-cost-then-votes' };
	return rule === 'greedy'
		? { rule: 'greedy', tieBreak: 'min-cost-then-votes', ...ordinal }
		: { rule: 'mes', completion: 'add1', tieBreak: 'min-cost-then-votes', ...ordinal };
}

/** Proposal ids by the project id the election uses (the proposal's number, as people know it). */
export function projectIdOf(proposal: PotProposal): string {
	return String(proposal.number);
}

/**
 * Costs and the budget stay integers of minor units; `decimals` is the currency's own (GBP 2, JPY 0,
 * KWD 3), so the file's amounts and the count's explanations are in that currency's units.
 */
export function ballotsToElection(vote: PotVote): Election {
	const decimals = minorUnitDigits(vote.currency);
	const voteType = voteTypeOf(vote.ballotType);
	const index = new Map(vote.proposals.map((p, i) => [p.id, i]));
	const rankedPoints = voteType === 'ordinal' && vote.outcome ? rankedPointsOf(vote) : null;
	const voters = vote.ballots.map((ballot, i) => {
		const kept = ballot.choices.map((id, at) => ({ at, project: index.get(id) })).filter((c): c is { at: number; project: number } => c.project !== undefined);
		const points = ballot.points;
		return {
			id: String(i + 1),
			choices: kept.map((c) => c.project),
			...(voteType === 'cumulative' ? { points: kept.map((c) => points?.[c.at] ?? 0) } : {}),
			...(rankedPoints ? { points: kept.map((_, k) => rankedPoints(k, kept.length)) } : {}),
			extra: []
		};
	});
	const meta = inMetaOrder([
		['description', vote.description],
		...(vote.country ? [['country', vote.country] as [string, string]] : []),
		['unit', vote.unit],
		...(vote.subunit ? [['subunit', vote.subunit] as [string, string]] : []),
		['instance', vote.instance],
		['num_projects', String(vote.proposals.length)],
		['num_votes', String(voters.length)],
		['budget', formatMoney(BigInt(vote.budgetMinor), decimals)],
		['vote_type', voteType],
		['rule', vote.rule === 'mes' ? 'equalshares/add1' : vote.rule],
		['currency', vote.currency],
		['language', vote.language],
		...(vote.dateBegin ? [['date_begin', vote.dateBegin] as [string, string]] : []),
		...(vote.dateEnd ? [['date_end', vote.dateEnd] as [string, string]] : []),
		...(vote.limits ?? []),
		...(vote.outcome ? [['comment', tieBreakComment(vote.outcome.tieBreak)] as [string, string]] : [])
	]);
	const columns = projectColumnsOf(vote, voters);
	return {
		meta,
		voteType,
		budget: BigInt(vote.budgetMinor),
		decimals,
		projects: vote.proposals.map((p, i) => ({ id: projectIdOf(p), cost: BigInt(p.costMinor), extra: columns.cells(p, i) })),
		voters,
		projectColumns: columns.names,
		voteColumns: []
	};
}

/**
 * For the open data of a ranked pot: what each position was worth in the count (the engine's own
 * ordinal utility for the place's rule), written as the ballot's points, so the file's score and a
 * checker's sum of them are the support the count used.
 */
function rankedPointsOf(vote: PotVote): (k: number, length: number) => number {
	const ordinal = tallyOptionsFor(vote.rule, vote.ballotType).ordinalUtility ?? 'borda';
	const maxLength = Number(vote.limits?.find(([key]) => key === 'max_length')?.[1] ?? vote.proposals.length);
	return (k, length) => ordinalPoints(ordinal, k, length, maxLength);
}

/**
 * PROJECTS' columns after project_id and cost, in the format's order: votes (ballots naming the
 * project), score (points given: cumulative ballots, and ranked ones' positions), name, and once counted selected (1 funded, 0 not).
 */
function projectColumnsOf(vote: PotVote, voters: { choices: number[]; points?: number[] }[]) {
	const votes = new Array(vote.proposals.length).fill(0);
	const score = new Array(vote.proposals.length).fill(0);
	for (const voter of voters) {
		voter.choices.forEach((project, at) => {
			votes[project] += 1;
			score[project] += voter.points?.[at] ?? 0;
		});
	}
	const scored = voters.some((voter) => voter.points);
	const funded = new Set(vote.outcome?.selected ?? []);
	return {
		names: ['votes', ...(scored ? ['score'] : []), 'name', ...(vote.outcome ? ['selected'] : [])],
		cells: (proposal: PotProposal, i: number) => [
			String(votes[i]),
			...(scored ? [String(score[i])] : []),
			proposal.title,
			...(vote.outcome ? [funded.has(proposal.id) ? '1' : '0'] : [])
		]
	};
}

/** Fisher–Yates with a caller's random source, so exports and counts never keep the stored order. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}
