import { PHASE_KINDS, type PhaseKind } from '../../cycles/phase-kinds';
import { checkPhaseSchedule, type PhaseDates, type ScheduleProblem } from '../../cycles/phase-schedule';
import { slugCandidates } from '../../cycles/cycle-slug';
import type { LocalizedText } from '../../localized-text';
import { parsePhaseSettings } from '../../validation/phase-settings';
import type { AuditJson } from '../audit/audit.table';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { listTakenCycleSlugs } from './cycles.queries';
import { cycles, phases, type Cycle } from './cycles.table';

type Deps = { db: Database; now: Date };

/** A new cycle as its team sets it: its words, its address (null = made from the title) and phases. */
export interface NewCycle {
	placeId: string;
	title: LocalizedText;
	challenge: LocalizedText;
	slug: string | null;
	phases: PhaseDates[];
}

export type StartCycleResult =
	| { ok: true; cycleId: string; slug: string }
	| { ok: false; error: 'cycle_slug_taken' }
	| { ok: false; error: 'schedule_invalid'; problems: ScheduleProblem[] };

/**
 * Starts a blank cycle: active at once (public; its phases' dates decide what residents can do),
 * with the phases the team included, each with the settings a typical phase has, in one
 * transaction with its audit row.
 */
export function startCycle(deps: Deps, actor: Person, input: NewCycle): Promise<StartCycleResult> {
	return insertCycle(deps, actor, input, {
		action: 'cycle.started',
		settingsFor: (kind) => parsePhaseSettings(kind, {})
	});
}

/** What differs between starting a cycle blank and copying one: settings, audit, what else is copied. */
export interface CycleOrigin {
	action: 'cycle.started' | 'cycle.copied';
	settingsFor: (kind: PhaseKind) => Record<string, unknown>;
	/** Runs in the same transaction after the cycle and its phases exist; returns audit details. */
	alsoCopy?: (tx: Database, cycle: Cycle) => Promise<Record<string, AuditJson>>;
}

/**
 * The one way a cycle comes into being. The schedule is checked here too (the form checks it first
 * to show its problems), the address is kept unique within the place (a race for the same address
 * loses cleanly, by the database's unique key), and phases take the position of their kind, so
 * positions keep the order when a place leaves a phase out.
 */
export async function insertCycle({ db, now }: Deps, actor: Person, input: NewCycle, origin: CycleOrigin): Promise<StartCycleResult> {
	const problems = checkPhaseSchedule(input.phases);
	if (problems.length > 0) return { ok: false, error: 'schedule_invalid', problems };
	const slug = input.slug ?? (await freeSlug(db, input.placeId, input.title, now));
	if (!slug) return { ok: false, error: 'cycle_slug_taken' };
	return db.transaction(async (tx) => {
		const [cycle] = await tx
			.insert(cycles)
			.values({ placeId: input.placeId, slug, title: input.title, challenge: input.challenge, status: 'active', createdAt: now, updatedAt: now })
			.onConflictDoNothing({ target: [cycles.placeId, cycles.slug] })
			.returning();
		if (!cycle) return { ok: false, error: 'cycle_slug_taken' } as const;
		await tx.insert(phases).values(
			input.phases.map((phase) => ({
				placeId: input.placeId,
				cycleId: cycle.id,
				kind: phase.kind,
				position: PHASE_KINDS.indexOf(phase.kind),
				opensAt: phase.opensAt,
				closesAt: phase.closesAt,
				settings: origin.settingsFor(phase.kind),
				createdAt: now,
				updatedAt: now
			}))
		);
		const copied = (await origin.alsoCopy?.(tx, cycle)) ?? {};
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: origin.action,
			subjectType: 'cycle',
			subjectId: cycle.id,
			details: {
				cycleId: cycle.id,
				slug,
				phases: input.phases.map((p) => ({ kind: p.kind, opensAt: p.opensAt?.toISOString() ?? null, closesAt: p.closesAt?.toISOString() ?? null })),
				...copied
			},
			occurredAt: now
		});
		return { ok: true, cycleId: cycle.id, slug } as const;
	});
}

/** The first address made from the title (in the place's main language) that no cycle of the place uses. */
async function freeSlug(db: Database, placeId: string, title: LocalizedText, now: Date): Promise<string | null> {
	const mainTitle = Object.values(title)[0] ?? '';
	const candidates = slugCandidates(mainTitle, `cycle-${now.getUTCFullYear()}`);
	const taken = await listTakenCycleSlugs(db, placeId, candidates);
	return candidates.find((slug) => !taken.has(slug)) ?? null;
}
