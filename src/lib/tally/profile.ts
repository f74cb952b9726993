/**
 * Turns an election into what the rules need: one utility per (voter, project), with identical
 * ballots merged into weighted groups (131,778 choose-1 voters become ≤ 197 groups), and per
 * project the list of supporting groups (utility > 0).
 *
 * Voter weights enter here and nowhere else: a voter of weight w is w identical voters (w in units,
 * weights.ts), so every rule counts weights without knowing of them. What a person would count —
 * people who supported or paid — is kept beside, for the explanations.
 */
import type { Election } from './election';
import { findMeta, hasPoints, isApproval } from './election';
import type { OrdinalUtility } from './options';
import { scaleWeights } from './weights';

/** What a voter's utility for a project means for the rule being run. */
export type UtilityScale = 'support' | 'cost' | 'one' | 'support-cost';

export interface Profile {
	ids: string[];
	costs: bigint[];
	budget: bigint;
	/** One currency unit in minor units (10^decimals): the add1 step. */
	unit: bigint;
	/** Voters counted with their weights (in units): the number of voters of the repeated-ballot election. */
	voterCount: number;
	/** Per group: its voters' weights (units), summed. */
	groupWeight: number[];
	/** Per group: how many people cast that ballot. */
	groupPeople: number[];
	/** How many units a weight of 1 is (1 when the count is unweighted): explanations speak per weight 1. */
	perWeightOne: number;
	/** Per group: supported project indices and their (positive, integer) utilities. */
	groupProjects: number[][];
	groupUtilities: number[][];
	/** Per project: supporting groups and their utilities. */
	supporterGroups: number[][];
	supporterUtilities: number[][];
	/**
	 * Per project, aligned with `supporterUtilities`: the utilities exactly, present only when
	 * some utility exceeds 2^53 (cost utilities of a cost that large). The numbers are then
	 * approximations: only exact arithmetic may decide (`mes-exact.ts`).
	 */
	exactUtilities?: bigint[][];
	/** Per project: voters with positive utility, counted with their weights (units). */
	supporterCount: number[];
	/** Per project: people with positive utility. */
	supporterPeople: number[];
	/** Per project: the ballot's own support (approvals, points or ordinal utility) × weight (units), summed. */
	support: number[];
}

/**
 * The ballot's own value of its k-th choice: 1 for approval, points, or an ordinal utility.
 * Called once per choice of every voter: no list is made per ballot.
 */
function readBaseUtility(election: Election, ordinal: OrdinalUtility) {
	const maxLength = Number(findMeta(election, 'max_length') ?? election.projects.length);
	if (isApproval(election.voteType)) return () => 1;
	if (hasPoints(election.voteType)) return (_: number[], points: number[] | undefined, k: number) => (points ? points[k] : undefined) as number;
	return (choices: number[], _: number[] | undefined, k: number) => ordinalPoints(ordinal, k, choices.length, maxLength);
}

/**
 * What the k-th choice (0 = first) of a ranked ballot of `length` choices is worth: borda gives the
 * last-ranked 0; position gives the first `maxLength` (the ballot's max_length) points, then one less each.
 */
export function ordinalPoints(ordinal: OrdinalUtility, k: number, length: number, maxLength: number): number {
	return ordinal === 'borda' ? length - k - 1 : maxLength - k;
}

export function buildProfile(
	election: Election,
	scale: UtilityScale,
	ordinal: OrdinalUtility = 'borda'
): Profile {
	const m = election.projects.length;
	const costs = election.projects.map((project) => project.cost);
	const base = readBaseUtility(election, ordinal);
	// Costs as numbers once (cost utilities would otherwise convert a bigint per ballot entry).
	const costNumbers = costs.map(Number);
	const groups = new Map<string, number>();
	const weights = scaleWeights(election.voters);
	const profile: Profile = {
		ids: election.projects.map((project) => project.id),
		costs,
		budget: election.budget,
		unit: 10n ** BigInt(election.decimals),
		voterCount: weights ? weights.units.reduce((sum, w) => sum + w, 0) : election.voters.length,
		groupWeight: [],
		groupPeople: [],
		perWeightOne: weights?.perWeightOne ?? 1,
		groupProjects: [],
		groupUtilities: [],
		supporterGroups: Array.from({ length: m }, () => []),
		supporterUtilities: Array.from({ length: m }, () => []),
		supporterCount: new Array(m).fill(0),
		supporterPeople: new Array(m).fill(0),
		support: new Array(m).fill(0)
	};
	// Scratch lists reused for every voter (this loop runs once per voter: no garbage per ballot).
	const projects: number[] = [];
	const utilities: number[] = [];
	// Points × cost utilities too large for a double are rebuilt exactly from the points.
	const groupPoints: number[][] = [];
	let inexact = false;
	for (let v = 0; v < election.voters.length; v++) {
		const { choices, points } = election.voters[v];
		const weight = weights ? weights.units[v] : 1;
		let count = 0;
		for (let k = 0; k < choices.length; k++) {
			const project = choices[k];
			const value = base(choices, points, k);
			if (!(value > 0)) continue;
			profile.supporterCount[project] += weight;
			profile.supporterPeople[project]++;
			profile.support[project] += value * weight;
			// Insertion by project index (a voter names a project at most once).
			let at = count++;
			while (at > 0 && projects[at - 1] > project) {
				projects[at] = projects[at - 1];
				utilities[at] = utilities[at - 1];
				at--;
			}
			projects[at] = project;
			utilities[at] = value;
		}
		// Ballot key, one that cannot collide: two chars for the project index, then one char for
		// a small integer utility or U+FFFF, the number and ';' for any other.
		let key = '';
		for (let i = 0; i < count; i++) {
			const p = projects[i];
			const u = utilities[i];
			key += String.fromCharCode(p & 0xffff, p >>> 16);
			key += Number.isInteger(u) && u < 0xffff ? String.fromCharCode(u) : `\uffff${u};`;
		}
		const known = groups.get(key);
		if (known !== undefined) {
			profile.groupWeight[known] += weight;
			profile.groupPeople[known]++;
			continue;
		}
		groups.set(key, profile.groupWeight.length);
		profile.groupWeight.push(weight);
		profile.groupPeople.push(1);
		profile.groupProjects.push(projects.slice(0, count));
		const scaled = new Array<number>(count);
		for (let i = 0; i < count; i++) {
			scaled[i] = scaleUtility(scale, utilities[i], costNumbers[projects[i]]);
			if (!Number.isSafeInteger(scaled[i])) inexact = true;
		}
		profile.groupUtilities.push(scaled);
		if (scale === 'support-cost') groupPoints.push(utilities.slice(0, count));
	}
	const exact = inexact ? Array.from({ length: m }, (): bigint[] => []) : undefined;
	profile.groupProjects.forEach((projects, g) => {
		projects.forEach((p, k) => {
			profile.supporterGroups[p].push(g);
			profile.supporterUtilities[p].push(profile.groupUtilities[g][k]);
			if (exact) {
				const u = scale === 'cost' ? costs[p] : scale === 'support-cost' ? BigInt(groupPoints[g][k]) * costs[p] : BigInt(profile.groupUtilities[g][k]);
				exact[p].push(u);
			}
		});
	});
	if (exact) profile.exactUtilities = exact;
	return profile;
}

function scaleUtility(scale: UtilityScale, support: number, cost: number): number {
	if (scale === 'support') return support;
	if (scale === 'one') return 1;
	// Cost utilities: u = cost (approval) or points × cost. Exact as long as it stays a safe
	// integer; above 2^53 it is an approximation and buildProfile keeps the exact value too.
	return (scale === 'cost' ? 1 : support) * cost;
}
