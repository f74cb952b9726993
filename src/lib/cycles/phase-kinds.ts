/** The four phases of a co-design cycle, in the order residents meet them. */
export const PHASE_KINDS = ['discover', 'co_create', 'test', 'implement'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export const CYCLE_STATUSES = ['draft', 'active', 'finished'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];
