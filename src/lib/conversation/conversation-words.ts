/**
 * A conversation's words for pages and server alike (browser-safe): the answers a resident gives, where
 * a conversation stands, and where a statement stands. The tables' pgEnums use these lists.
 */
export const ANSWERS = ['agree', 'disagree', 'pass'] as const;
export type AnswerWord = (typeof ANSWERS)[number];

export const CONVERSATION_STATUSES = ['open', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** Who wrote a statement: the place team (shown at once) or a resident (held until the team publishes it). */
export const STATEMENT_AUTHORS = ['team', 'resident'] as const;
export type StatementAuthor = (typeof STATEMENT_AUTHORS)[number];

/** A statement is short on purpose: one idea a phone shows whole. */
export const STATEMENT_MAX = 140;

/** A statement as residents see it on the results: counts only, never who answered what. */
/** `agreePercents[g]`: of group g who saw it, the share that agreed (0–100), null where none of them saw it. */
export type StatementShare = { id: string; body: string; agreePercents: (number | null)[]; seen: number };

/** The stored grouping as the results page draws it. */
export type ConversationResults = {
	participants: number;
	grouped: number;
	groupSizes: number[];
	/** Unnamed points per group, scaled to 0…1 for the picture; shuffled so no order names anyone. */
	points: { group: number; x: number; y: number }[];
	bridging: StatementShare[];
	dividing: StatementShare[];
	computedAt: string;
};
