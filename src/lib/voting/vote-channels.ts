/** How a ballot arrived. Every channel gives individual ballots, never totals. */
export const VOTE_CHANNELS = ['online', 'letter_code', 'paper', 'workshop'] as const;
export type VoteChannel = (typeof VOTE_CHANNELS)[number];

/**
 * A paper ballot's entry: typed in once and waiting for a second person's check, counted (the two
 * entries agreed), or discarded with a reason.
 */
export const PAPER_ENTRY_STATES = ['awaiting_check', 'counted', 'discarded'] as const;
export type PaperEntryState = (typeof PAPER_ENTRY_STATES)[number];
