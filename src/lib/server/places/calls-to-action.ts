import { listCallsToAction, type CycleCall } from '../../cycles/calls-to-action';
import { loadCycleBudget } from '../budget/budget.queries';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';

/** What residents can do now in a cycle; the budget is read only when a vote is open. */
export async function loadCallsToAction(db: Database, cycle: CycleWithPhases, now: Date): Promise<CycleCall[]> {
	const calls = listCallsToAction(cycle, now);
	if (!calls.some((call) => call.kind === 'vote')) return calls.map((call) => ({ ...call, budgetMinor: null }));
	const { totalMinor } = (await loadCycleBudget(db, cycle)).sums;
	return calls.map((call) => ({ ...call, budgetMinor: call.kind === 'vote' && totalMinor > 0 ? totalMinor : null }));
}
