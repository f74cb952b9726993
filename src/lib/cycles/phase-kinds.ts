/** The four phases of a co-design cycle, in the order residents meet them. */
export const PHASE_KINDS = ['discover', 'co_create', 'test', 'implement'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

/**
 * draft: not public yet. active: running on its phase dates. paused: the team stopped it for a while,
 * with a public reason (nothing is open; everything stays readable). cancelled: stopped for good, with
 * a public reason. finished: done.
 */
export const CYCLE_STATUSES = ['draft', 'active', 'paused', 'cancelled', 'finished'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** Statuses residents can see: everything but a draft. A paused or cancelled cycle stays readable. */
export const PUBLIC_CYCLE_STATUSES = ['active', 'paused', 'cancelled', 'finished'] as const satisfies readonly CycleStatus[];

/** What the team changed in a running cycle, each shown on the cycle's page with its reason. */
export const CYCLE_CHANGE_KINDS = ['phase_moved', 'phase_extended', 'phase_shortened', 'paused', 'resumed', 'cancelled'] as const;
export type CycleChangeKind = (typeof CYCLE_CHANGE_KINDS)[number];
