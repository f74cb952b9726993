/** A pot's stored count: running in a worker, done, or failed (the team may start it again). */
export const RESULT_STATES = ['counting', 'counted', 'failed'] as const;
export type ResultState = (typeof RESULT_STATES)[number];

/** What the team changed after the vote, each recorded publicly with its reason. */
export const RESULT_CHANGE_KINDS = ['project_dropped', 'money_moved', 'cost_changed', 'other'] as const;
export type ResultChangeKind = (typeof RESULT_CHANGE_KINDS)[number];
