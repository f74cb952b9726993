import type { CycleStatus } from './phase-kinds';

/**
 * A place's current cycle is its newest active one; the rest that are finished are its past.
 * Lists arrive newest first (see listPublishedCycles).
 */
export function splitCycles<C extends { status: CycleStatus }>(cycles: readonly C[]) {
	const current = cycles.find((c) => c.status === 'active') ?? null;
	const past = cycles.filter((c) => c !== current && c.status === 'finished');
	return { current, past };
}
