import { and, asc, eq } from 'drizzle-orm';
import type { PhaseKind } from '../../cycles/phase-kinds';
import { checkPhaseSettings, parsePhaseSettings } from '../../validation/phase-settings';
import type { Person } from '../auth/actor';
import { pots } from '../budget/budget.table';
import type { Database } from '../platform/db/database';
import { findPlaceCycle } from './cycles.queries';
import { insertCycle, type NewCycle, type StartCycleResult } from './start-cycle';

type Deps = { db: Database; now: Date };

export type CopyCycleResult = StartCycleResult | { ok: false; error: 'cycle_copy_unknown' };

/**
 * Starts a cycle as a copy of one of the place's own cycles: the team's choices come across — each
 * phase's settings and the pooled budget's pots (names, descriptions, order) — and nothing residents
 * wrote does (no posts, proposals, comments, ballots or workshops). The dates are the new ones the
 * team saved (the form offers the old ones moved to the new start). Money does not come across:
 * contributions are what funders promised for that cycle, and a pot's share of open money depends
 * on them, so the copied pots start with none and the team records this cycle's money.
 */
export async function copyCycle(deps: Deps, actor: Person, input: NewCycle & { sourceCycleId: string }): Promise<CopyCycleResult> {
	const source = await findPlaceCycle(deps.db, input.placeId, input.sourceCycleId);
	if (!source) return { ok: false, error: 'cycle_copy_unknown' };
	const sourceSettings = new Map(source.phases.map((phase) => [phase.kind, phase.settings]));
	const settingsFor = (kind: PhaseKind) => {
		// Settings saved under older rules than today's schema fall back to the defaults, not a 500.
		const checked = checkPhaseSettings(kind, sourceSettings.get(kind) ?? {});
		return checked.success ? (checked.data as Record<string, unknown>) : parsePhaseSettings(kind, {});
	};
	return insertCycle(deps, actor, input, {
		action: 'cycle.copied',
		settingsFor,
		alsoCopy: async (tx, cycle) => {
			const sourcePots = await tx
				.select({ name: pots.name, description: pots.description, position: pots.position })
				.from(pots)
				.where(and(eq(pots.placeId, input.placeId), eq(pots.cycleId, source.id)))
				.orderBy(asc(pots.position));
			if (sourcePots.length > 0) {
				await tx.insert(pots).values(sourcePots.map((pot) => ({ ...pot, placeId: input.placeId, cycleId: cycle.id, createdAt: deps.now, updatedAt: deps.now })));
			}
			return { sourceCycleId: source.id, potsCopied: sourcePots.length };
		}
	});
}
