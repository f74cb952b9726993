/** The choices a place makes for a count. */

export type Rule = 'greedy' | 'mes' | 'mes-card' | 'mes-costpts' | 'phragmen';
export type Completion = 'none' | 'add1' | 'add1-greedy';
export type OrdinalUtility = 'borda' | 'position';
export type TieBreak = 'lexico' | 'min-cost-then-votes';

export const RULES: readonly Rule[] = ['greedy', 'mes', 'mes-card', 'mes-costpts', 'phragmen'];
export const COMPLETIONS: readonly Completion[] = ['none', 'add1', 'add1-greedy'];
export const ORDINAL_UTILITIES: readonly OrdinalUtility[] = ['borda', 'position'];
export const TIE_BREAKS: readonly TieBreak[] = ['lexico', 'min-cost-then-votes'];

/** How far add1 has got: MES runs made and each voter's money now, in currency units. */
export interface Add1Progress {
	runs: number;
	perVoter: number;
	/** What each voter's money may have to grow to at most: the whole budget. */
	mostPerVoter: number;
}

/** Watching over add1, which can need billions of steps when costs dwarf the currency unit. */
export interface Add1Control {
	/** Stop with TallyError('add1_too_long') after this many MES runs (none when absent or 0). */
	maxRuns?: number;
	/** Called before every MES run. */
	onProgress?: (progress: Add1Progress) => void;
}

export interface TallyOptions {
	rule: Rule;
	completion?: Completion;
	/** Only used for ordinal ballots; defaults to borda. */
	ordinalUtility?: OrdinalUtility;
	/** Defaults to the product's choice, min-cost-then-votes. */
	tieBreak?: TieBreak;
	/** add1 only: a bound on its work and a progress callback. */
	add1?: Add1Control;
}
