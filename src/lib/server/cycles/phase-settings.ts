import { and, eq } from 'drizzle-orm';
import type { PhaseKind } from '../../cycles/phase-kinds';
import { checkPhaseSettings, parsePhaseSettings, type PhaseSettings } from '../../validation/phase-settings';
import { settingsProblems } from '../../validation/settings-problems';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { phases } from './cycles.table';

type Deps = { db: Database; now: Date };
type CycleRef = { id: string; placeId: string };

/** The phases whose settings live here; the vote's (test) have their own page and rules (vote-settings.ts). */
export type SettingsPhaseKind = Exclude<PhaseKind, 'test'>;

export type PhaseSettingsResult<K extends SettingsPhaseKind> =
	| { ok: true; settings: PhaseSettings[K] }
	| { ok: false; error: 'no_phase' }
	/** Field → code (required, whole_number, too_small, too_big, choice_invalid …); params hold `<field>_min` / `<field>_max`. */
	| { ok: false; error: 'invalid'; fields: Record<string, string>; params: Record<string, number> };

/** The settings of one phase of the cycle (defaults filled in), or null when the cycle leaves that phase out. */
export async function loadPhaseSettings<K extends SettingsPhaseKind>(db: Database, cycle: CycleRef, kind: K): Promise<PhaseSettings[K] | null> {
	const [phase] = await db
		.select({ settings: phases.settings })
		.from(phases)
		.where(and(eq(phases.placeId, cycle.placeId), eq(phases.cycleId, cycle.id), eq(phases.kind, kind)))
		.limit(1);
	return phase ? parsePhaseSettings(kind, phase.settings) : null;
}

/**
 * Saves a phase's settings as the team chose them: validated by the one schema the phase's gates
 * read, and recorded with what they were before and after, in one transaction.
 */
export async function updatePhaseSettings<K extends SettingsPhaseKind>(
	{ db, now }: Deps,
	input: { cycle: CycleRef; kind: K; settings: unknown; userId: string; actorLabel?: string }
): Promise<PhaseSettingsResult<K>> {
	const { cycle, kind } = input;
	const checked = checkPhaseSettings(kind, input.settings);
	if (!checked.success) return { ok: false, error: 'invalid', ...settingsProblems(checked.error, input.settings) };
	const after = checked.data as PhaseSettings[K];
	return db.transaction(async (tx) => {
		// Locked so two saves at once cannot both read the same "before" and lose one of them.
		const [phase] = await tx
			.select({ id: phases.id, settings: phases.settings })
			.from(phases)
			.where(and(eq(phases.placeId, cycle.placeId), eq(phases.cycleId, cycle.id), eq(phases.kind, kind)))
			.for('update');
		if (!phase) return { ok: false, error: 'no_phase' } as const;
		const before = parsePhaseSettings(kind, phase.settings);
		await tx.update(phases).set({ settings: after, updatedAt: now }).where(and(eq(phases.id, phase.id), eq(phases.placeId, cycle.placeId)));
		await recordAuditEvent(tx, {
			placeId: cycle.placeId,
			actorUserId: input.userId,
			actorLabel: input.actorLabel ?? null,
			action: 'phase.settings_changed',
			subjectType: 'cycle',
			subjectId: cycle.id,
			details: { cycleId: cycle.id, kind, before, after },
			occurredAt: now
		});
		return { ok: true, settings: after } as const;
	});
}
