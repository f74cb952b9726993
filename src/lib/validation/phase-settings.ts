import { z } from 'zod';
import type { PhaseKind } from '$lib/cycles/phase-kinds';

/*
 * What a place has switched on in each phase. A place chooses these; nothing here is a global rule.
 * Each kind has its own schema so a co-create setting can never be stored on a vote, and so later
 * issues (proposals, ballots, workshops) extend one schema without touching the others.
 * Defaults describe a typical phase so a new cycle is usable before the team has tuned it.
 */

const discover = z.strictObject({
	/** Residents may post what matters to them (needs, worries, hopes). */
	postsOpen: z.boolean().default(true),
	/** Residents may post what the area already has (groups, spaces, skills, people). */
	assetsOpen: z.boolean().default(true),
	/** Residents may add a photo to what they post. */
	photosAllowed: z.boolean().default(true),
	commentsOpen: z.boolean().default(true)
});

const coCreate = z.strictObject({
	proposalsOpen: z.boolean().default(true),
	/** Community groups may submit proposals as the group. */
	groupProposals: z.boolean().default(true),
	coAuthoring: z.boolean().default(true),
	/** Largest estimated cost a proposal may ask for, in the place's minor units (pence); null = no cap. */
	maxProposalCostMinor: z.number().int().positive().nullable().default(null),
	commentsOpen: z.boolean().default(true)
});

const count = (max: number) => z.number().int().min(0).max(max);

const test = z
	.strictObject({
		ballotType: z.enum(['approval', 'knapsack', 'cumulative', 'ranked']).default('approval'),
		/** Approval: fewest and most projects a resident may tick (null = any number). */
		approvalMinChoices: count(100).default(1),
		approvalMaxChoices: count(100).min(1).nullable().default(null),
		/** Knapsack: the share of the pot a ballot must spend at least, in whole percent (0 = none). */
		knapsackMinSpendPercent: count(100).default(0),
		/** Cumulative: points each resident spreads, and the most on one project (null = all of them). */
		cumulativePoints: count(1000).min(1).default(10),
		cumulativeMaxPerProject: count(1000).min(1).nullable().default(null),
		/** Ranked: how many projects a resident ranks at most. */
		rankedTop: count(50).min(1).default(5),
		/** The counting rule the place chose; `mes` is the Method of Equal Shares, `phragmen` sequential Phragmén (ticked ballots only). */
		outcomeRule: z.enum(['greedy', 'mes', 'phragmen']).default('mes'),
		votingOpen: z.boolean().default(true),
		/** Who may vote: postcodes or prefixes of the area (empty = anywhere) and a minimum age (null = any). */
		postcodePrefixes: z.array(z.string().trim().min(1).max(10)).max(200).default([]),
		minimumAge: count(120).nullable().default(null),
		/** Only people on the voter register the team uploaded may vote (online, by letter code or on paper). */
		registerOnly: z.boolean().default(false),
		/** A resident may vote again with their receipt code; the last ballot counts. */
		revoting: z.boolean().default(false)
	})
	.refine((s) => s.approvalMaxChoices === null || s.approvalMaxChoices >= s.approvalMinChoices, {
		path: ['approvalMaxChoices'],
		message: 'max_below_min'
	})
	.refine((s) => s.cumulativeMaxPerProject === null || s.cumulativeMaxPerProject <= s.cumulativePoints, {
		path: ['cumulativeMaxPerProject'],
		message: 'max_above_total'
	})
	// Phragmén shares the cost of a project between the people who ticked it: it has no meaning for
	// points or rankings (the engine refuses it there), so a place cannot choose it for those.
	.refine((s) => s.outcomeRule !== 'phragmen' || s.ballotType === 'approval' || s.ballotType === 'knapsack', {
		path: ['outcomeRule'],
		message: 'phragmen_needs_ticks'
	});

const implement = z.strictObject({
	deliveryUpdates: z.boolean().default(true),
	outcomesShared: z.boolean().default(true),
	/** Who may follow a project's delivery by email. */
	followers: z.enum(['anyone_signed_in', 'nobody']).default('anyone_signed_in'),
	/** The team's promise: an update on each project at least every this many days (null = no promise). */
	updateEveryDays: z.number().int().min(1).max(365).nullable().default(null)
});

export const phaseSettingsSchemas = {
	discover,
	co_create: coCreate,
	test,
	implement
} as const satisfies Record<PhaseKind, z.ZodType>;

export type PhaseSettings = { [K in PhaseKind]: z.infer<(typeof phaseSettingsSchemas)[K]> };

/** Parses stored or submitted settings for a phase kind; throws a ZodError naming the bad field. */
export function parsePhaseSettings<K extends PhaseKind>(kind: K, input: unknown): PhaseSettings[K] {
	return phaseSettingsSchemas[kind].parse(input ?? {}) as PhaseSettings[K];
}

/** Like parsePhaseSettings, but returns the issues instead of throwing (for forms). */
export function checkPhaseSettings<K extends PhaseKind>(kind: K, input: unknown) {
	return phaseSettingsSchemas[kind].safeParse(input ?? {});
}
