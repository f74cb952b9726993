import { and, eq, sql } from 'drizzle-orm';
import { checkPhaseSettings, parsePhaseSettings, type PhaseSettings } from '../../validation/phase-settings';
import { settingsProblems } from '../../validation/settings-problems';
import { checkBallotFeasible, type BallotInfeasibility } from '../../ballots/check-ballot-feasible';
import { recordAuditEvent } from '../audit/record-audit-event';
import { phases } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { loadBallotFacts } from './ballot-facts';
import { ballots, participations } from './voting.table';

type Deps = { db: Database; now: Date };
type CycleRef = { id: string; placeId: string };
export type VoteSettings = PhaseSettings['test'];

/**
 * What a ballot already cast means, and who may cast one: once anyone has voted these cannot change,
 * or ballots already in the box would be read under other rules (ten points read as a ranking) and
 * people would gain or lose their vote half-way through. votingOpen, outcomeRule and revoting are
 * not here on purpose: pausing a vote, and choosing how to count before any result is published,
 * stay the place's call while the vote runs.
 */
export const LOCKED_ONCE_VOTED = [
	'ballotType',
	'approvalMinChoices',
	'approvalMaxChoices',
	'knapsackMinSpendPercent',
	'cumulativePoints',
	'cumulativeMaxPerProject',
	'rankedTop',
	'registerOnly',
	'postcodePrefixes',
	'minimumAge'
] as const satisfies readonly (keyof VoteSettings)[];

export type VoteSettingsResult =
	| { ok: true; settings: VoteSettings }
	| { ok: false; error: 'no_test_phase' }
	/** Field → code (required, whole_number, too_small …); params hold `<field>_min` / `<field>_max`. */
	| { ok: false; error: 'invalid'; fields: Record<string, string>; params: Record<string, number> }
	/** A ballot nobody could fill in (min_spend_impossible, min_choices_impossible), with what would work. */
	| { ok: false; error: 'impossible'; fields: Record<string, string>; params: Record<string, number> }
	/** The fields that would change though people have voted, each with the code 'locked'. */
	| { ok: false; error: 'locked'; fields: Record<string, string> };

export interface LoadedVoteSettings {
	settings: VoteSettings;
	locked: boolean;
	/** Whether any proposal is on a ballot yet (else a save cannot check the ballot can be filled in). */
	ballotKnown: boolean;
	/**
	 * Why residents could not fill in a ballot under the saved settings now, or null. Settings checked
	 * when saved stop fitting when the ballot changes under them (a proposal found not feasible, moved
	 * to another pot, its cost changed, hidden; money moved): the team is told here, and that ballot
	 * stays closed (loadPotBallot) until the settings or the proposals change.
	 */
	misfit: BallotInfeasibility | null;
}

/** The cycle's test-phase settings (defaults filled in), or null when the cycle has no test phase. */
export async function loadVoteSettings(db: Database, cycle: CycleRef): Promise<LoadedVoteSettings | null> {
	const phase = await findTestPhase(db, cycle);
	if (!phase) return null;
	const [locked, facts] = await Promise.all([anyoneHasVoted(db, cycle), loadBallotFacts(db, cycle)]);
	const settings = parsePhaseSettings('test', phase.settings);
	const fit = checkBallotFeasible(settings, facts);
	return { settings, locked, ballotKnown: facts.some((ballot) => ballot.costsMinor.length > 0), misfit: fit.feasible === false ? fit : null };
}

/** Why the cycle's saved vote settings no longer fit its ballots, or null when they do (or there is no vote). */
export async function findVoteSettingsMisfit(db: Database, cycle: CycleRef): Promise<BallotInfeasibility | null> {
	return (await loadVoteSettings(db, cycle))?.misfit ?? null;
}

/** Whether a ballot or a participation exists for the cycle (a first paper entry counts too). */
export async function anyoneHasVoted(db: Database, cycle: CycleRef): Promise<boolean> {
	const [row] = rowsOf<{ voted: boolean }>(
		await db.execute(sql`select (
			exists (select 1 from ${participations} where ${participations.placeId} = ${cycle.placeId} and ${participations.cycleId} = ${cycle.id})
			or exists (select 1 from ${ballots} where ${ballots.placeId} = ${cycle.placeId} and ${ballots.cycleId} = ${cycle.id})
		) as voted`)
	);
	return Boolean(row?.voted);
}

/**
 * Saves the cycle's vote settings as the team chose them: validated by the one schema (the same the
 * vote reads), refused field by field when people have already voted and the ballot's shape or who
 * may vote would change, and recorded with what they were before and after — in one transaction.
 */
export async function updateVoteSettings(
	{ db, now }: Deps,
	input: { cycle: CycleRef; settings: unknown; userId: string; actorLabel?: string }
): Promise<VoteSettingsResult> {
	const checked = checkPhaseSettings('test', input.settings);
	if (!checked.success) return { ok: false, error: 'invalid', ...settingsProblems(checked.error, input.settings) };
	const after = checked.data as VoteSettings;
	const { cycle } = input;
	return db.transaction(async (tx) => {
		// Locked so two saves at once cannot both read the same "before" and lose one of them.
		const [phase] = await tx
			.select({ id: phases.id, settings: phases.settings })
			.from(phases)
			.where(and(eq(phases.placeId, cycle.placeId), eq(phases.cycleId, cycle.id), eq(phases.kind, 'test')))
			.for('update');
		if (!phase) return { ok: false, error: 'no_test_phase' } as const;
		const before = parsePhaseSettings('test', phase.settings);
		const changedLocked = LOCKED_ONCE_VOTED.filter((key) => !sameValue(before[key], after[key]));
		const voted = await anyoneHasVoted(tx, cycle);
		if (changedLocked.length > 0 && voted) {
			return { ok: false, error: 'locked', fields: Object.fromEntries(changedLocked.map((key) => [key, 'locked'])) } as const;
		}
		// Once people have voted the ballot's shape is fixed, whatever happened to the proposals since.
		if (!voted) {
			const feasibility = checkBallotFeasible(after, await loadBallotFacts(tx, cycle));
			if (feasibility.feasible === false) {
				return { ok: false, error: 'impossible', fields: { [feasibility.field]: feasibility.code }, params: { ...feasibility.params } } as const;
			}
		}
		await tx.update(phases).set({ settings: after, updatedAt: now }).where(and(eq(phases.id, phase.id), eq(phases.placeId, cycle.placeId)));
		await recordAuditEvent(tx, {
			placeId: cycle.placeId,
			actorUserId: input.userId,
			actorLabel: input.actorLabel ?? null,
			action: 'vote.settings_changed',
			subjectType: 'cycle',
			subjectId: cycle.id,
			details: { cycleId: cycle.id, before, after },
			occurredAt: now
		});
		return { ok: true, settings: after } as const;
	});
}

async function findTestPhase(db: Database, cycle: CycleRef) {
	const [phase] = await db
		.select({ id: phases.id, settings: phases.settings })
		.from(phases)
		.where(and(eq(phases.placeId, cycle.placeId), eq(phases.cycleId, cycle.id), eq(phases.kind, 'test')))
		.limit(1);
	return phase ?? null;
}

/** Postcode areas compare as a set: listing them in another order changes nothing. */
function sameValue(a: unknown, b: unknown): boolean {
	const plain = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...value].map(String).sort() : value);
	return plain(a) === plain(b);
}
