/** Pieces shared by the exact and the fast MES. */
import type { Profile } from '../profile';
import type { RuleOutcome } from './outcome';

export interface MesRunInput {
	/** Each voter's starting money, a rational number of minor units. */
	perVoter: { num: bigint; den: bigint };
	tieBreak: (a: number, b: number) => number;
}

/**
 * Supported projects that cost nothing are funded up front (round 0), as in the reference —
 * when they bring their supporters some utility. Under cost utilities (u = cost, or points ×
 * cost) a free project is worth 0 to everyone, and the reference does not fund it: MES sees no
 * support for it. Returns the projects MES still has to consider: supported and of positive cost.
 */
export function fundFreeProjects(
	profile: Profile,
	outcome: RuleOutcome,
	tieBreak: (a: number, b: number) => number
): Set<number> {
	const remaining = new Set<number>();
	const free: number[] = [];
	profile.costs.forEach((cost, p) => {
		if (profile.supporterGroups[p].length === 0 || (cost === 0n && !profile.supporterUtilities[p].some((u) => u > 0))) {
			outcome.unfunded.set(p, { reason: 'no_support' });
		} else if (cost === 0n) {
			free.push(p);
			outcome.funded.set(p, {
				round: 0,
				payers: 0,
				minShare: 0,
				maxShare: 0,
				effectiveVotes: 0,
				stage: 'rule'
			});
		} else remaining.add(p);
	});
	// In tie-break order, so the listing order of the file never shows through.
	outcome.selected.push(...free.sort(tieBreak));
	return remaining;
}

const starts = new WeakMap<Profile, { tieBreak: (a: number, b: number) => number; free: number[]; rest: number[] }>();

/**
 * What fundFreeProjects decides, without its records, worked out once per profile: the free
 * projects in tie-break order and the projects MES still has to consider. For add1's trial
 * runs, which keep only the funded list (hundreds of runs per count).
 */
export function readStart(profile: Profile, tieBreak: (a: number, b: number) => number): { free: number[]; rest: number[] } {
	let start = starts.get(profile);
	if (!start || start.tieBreak !== tieBreak) {
		const outcome = { selected: [] as number[], funded: new Map(), unfunded: new Map() };
		const rest = [...fundFreeProjects(profile, outcome, tieBreak)];
		start = { tieBreak, free: outcome.selected, rest };
		starts.set(profile, start);
	}
	return start;
}
