/**
 * The election model the tally engine works on. Money is exact: every amount is an integer
 * number of minor units, all at the same scale (`decimals` digits after the point), so that
 * `1331751.11` and `4000.0` live side by side without binary floating point.
 */

export type VoteType = 'approval' | 'choose-1' | 'cumulative' | 'scoring' | 'ordinal';

export const VOTE_TYPES: readonly VoteType[] = [
	'approval',
	'choose-1',
	'cumulative',
	'scoring',
	'ordinal'
];

export interface Project {
	/** Ids are strings: `BO.D16.5/23`, `OGM/0015`, `036` must never be read as numbers. */
	id: string;
	/** Cost in minor units at the election's scale. */
	cost: bigint;
	/** Other columns of the PROJECTS section, aligned with `Election.projectColumns`. */
	extra: string[];
}

export interface Voter {
	id: string;
	/** Indices into `Election.projects`; most preferred first for ordinal ballots. Read-only: the
	 * reader gives voters who chose the same single project one shared list. */
	choices: number[];
	/** Points per choice (cumulative/scoring only), aligned with `choices`. */
	points?: number[];
	/** How much this ballot counts: a positive number with at most two decimals; absent means 1.
	 * A voter of weight w counts as w identical voters (see weights.ts). */
	weight?: number;
	/** Other columns of the VOTES section, aligned with `Election.voteColumns`. */
	extra: string[];
}

export interface Election {
	/** META key/value pairs in file order (budget and vote_type included). */
	meta: [string, string][];
	voteType: VoteType;
	/** Total money in minor units. */
	budget: bigint;
	/** Digits after the decimal point of every amount: 2 means minor units are cents. */
	decimals: number;
	projects: Project[];
	voters: Voter[];
	/** Names of the extra project columns (besides project_id and cost). */
	projectColumns: string[];
	/** Names of the extra vote columns (besides voter_id, vote, points and weight). */
	voteColumns: string[];
}

/** The META value for a key, or undefined. */
export function findMeta(election: Election, key: string): string | undefined {
	for (const [k, v] of election.meta) if (k === key) return v;
	return undefined;
}

/** True when ballots carry points (cumulative or scoring). */
export function hasPoints(voteType: VoteType): boolean {
	return voteType === 'cumulative' || voteType === 'scoring';
}

/** True when ballots are plain sets of approved projects. */
export function isApproval(voteType: VoteType): boolean {
	return voteType === 'approval' || voteType === 'choose-1';
}
