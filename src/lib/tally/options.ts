/** The choices a place makes for a count. */

export type Rule = 'greedy' | 'mes' | 'mes-card' | 'mes-costpts' | 'phragmen';
export type Completion = 'none' | 'add1' | 'add1-greedy';
export type OrdinalUtility = 'borda' | 'position';
export type TieBreak = 'lexico' | 'min-cost-then-votes';

export const RULES: readonly Rule[] = ['greedy', 'mes', 'mes-card', 'mes-costpts', 'phragmen'];
export const COMPLETIONS: readonly Completion[] = ['none', 'add1', 'add1-greedy'];
export const ORDINAL_UTILITIES: readonly OrdinalUtility[] = ['borda', 'position'];
export const TIE_BREAKS: readonly TieBreak[] = ['lexico', 'min-cost-then-votes'];

export interface TallyOptions {
	rule: Rule;
	completion?: Completion;
	/** Only used for ordinal ballots; defaults to borda. */
	ordinalUtility?: OrdinalUtility;
	/** Defaults to the product's choice, min-cost-then-votes. */
	tieBreak?: TieBreak;
}
