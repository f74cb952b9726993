import type { CycleStatus } from './phase-kinds';

/**
 * A place's current cycle is its newest one that is running or paused (a paused cycle is still the
 * place's work in hand, shown with its reason); the others that are running too, finished or
 * cancelled are its past and other cycles. Lists arrive newest first (see listPublishedCycles).
 */
export function splitCycles<C extends { status: CycleStatus }>(cycles: readonly C[]) {
	const current = cycles.find((c) => c.status === 'active' || c.status === 'paused') ?? null;
	const past = cycles.filter((c) => c !== current && c.status !== 'draft');
	return { current, past };
}
