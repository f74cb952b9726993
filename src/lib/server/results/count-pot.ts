import { and, eq, isNull } from 'drizzle-orm';
import { checkCountStart } from '../../cycles/count-gate';
import { pickText } from '../../localized-text';
import { ballotsToElection, shuffled, tallyOptionsFor, type PotVote } from '../../results/ballots-to-election';
import { countryOfTimeZone, pabulibDay } from '../../results/pabulib-meta';
import type { PhaseSettings } from '../../validation/phase-settings';
import { tallyElection, type TallyResult } from '../../tally';
import { recordAuditEvent } from '../audit/record-audit-event';
import { publishAuditHeads } from '../audit/publish-audit-heads';
import { cycles, phases } from '../cycles/cycles.table';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import type { Place } from '../places/places.table';
import { loadBallotPaper } from '../voting/voting.queries';
import { ballots, type VoteChannel } from '../voting/voting.table';
import { countInWorker } from './count-in-worker';
import { results } from './results.table';
import type { CountErrorCode } from '$lib/results/results.errors';

type Counter = (election: ReturnType<typeof ballotsToElection>, options: ReturnType<typeof tallyOptionsFor>) => Promise<TallyResult>;

/** A count left 'counting' this long ago was interrupted (the app restarted mid-count): it may start again. */
const STALE_COUNT_MS = 10 * 60 * 1000;

export type StartCountResult =
	| { ok: true; resultId: string; /** Settles when the count is stored (or has failed): tests and the seed wait on it, requests do not. */ finished: Promise<void> }
	| { ok: false; error: CountErrorCode };

const sameCyclePot = (cycle: { id: string; placeId: string }, potId: string | null) =>
	and(eq(results.placeId, cycle.placeId), eq(results.cycleId, cycle.id), potId === null ? isNull(results.potId) : eq(results.potId, potId));

/**
 * Starts counting one pot (or a cycle's single vote) once its vote has closed: records that the
 * count is under way and returns at once; the count itself runs on a worker thread (`finishCount`)
 * and stores its result, which every results page then reads. A pot is counted once; a count that
 * failed, or was cut off by a restart, may be started again.
 */
export async function startCount(
	{ db, now, count = countInWorker }: { db: Database; now: Date; count?: Counter },
	input: { place: Place; cycle: CycleWithPhases; potId: string | null; actor: { userId: string; email: string } }
): Promise<StartCountResult> {
	const gate = checkCountStart(input.cycle, now);
	if (!gate.open) return { ok: false, error: gate.reason };
	const paper = await loadBallotPaper(db, input.cycle, input.potId);
	if (paper.pots.length > 0 ? paper.pot === null : input.potId !== null) return { ok: false, error: 'pot_unknown' };
	const completion = gate.settings.outcomeRule === 'mes' ? 'add1' : 'none';
	const started = await db.transaction(async (tx) => {
		// The cycle row locked, its status and vote dates read again: a date change or a pause takes the
		// same lock, so a vote cannot be reopened, nor the cycle paused, while its count starts.
		const [locked] = await tx
			.select({ status: cycles.status })
			.from(cycles)
			.where(and(eq(cycles.id, input.cycle.id), eq(cycles.placeId, input.place.id)))
			.for('update');
		const lockedPhases = await tx
			.select()
			.from(phases)
			.where(and(eq(phases.cycleId, input.cycle.id), eq(phases.placeId, input.place.id)));
		const recheck = checkCountStart({ status: locked?.status ?? 'draft', phases: lockedPhases }, now);
		if (!recheck.open) return { ok: false, error: recheck.reason } as const;
		const [existing] = await tx.select().from(results).where(sameCyclePot(input.cycle, input.potId)).for('update');
		if (existing?.state === 'counted') return { ok: false, error: 'already_counted' } as const;
		if (existing?.state === 'counting' && now.getTime() - existing.startedAt.getTime() < STALE_COUNT_MS) return { ok: false, error: 'counting' } as const;
		const values = {
			state: 'counting' as const,
			rule: gate.settings.outcomeRule,
			completion,
			tieBreak: 'min-cost-then-votes',
			budgetMinor: paper.budgetMinor,
			error: null,
			startedByUserId: input.actor.userId,
			startedAt: now
		};
		const [row] = existing
			? await tx.update(results).set(values).where(eq(results.id, existing.id)).returning({ id: results.id })
			: await tx
					.insert(results)
					.values({ placeId: input.place.id, cycleId: input.cycle.id, potId: input.potId, ...values })
					.onConflictDoNothing()
					.returning({ id: results.id });
		// Two leads pressing "count" at once: the other one's row won.
		if (!row) return { ok: false, error: 'counting' } as const;
		await recordAuditEvent(tx, {
			placeId: input.place.id,
			actorUserId: input.actor.userId,
			actorLabel: input.actor.email,
			action: 'results.count_started',
			subjectType: 'result',
			subjectId: row.id,
			details: { cycleId: input.cycle.id, potId: input.potId, rule: gate.settings.outcomeRule, completion },
			occurredAt: now
		});
		return { ok: true, resultId: row.id } as const;
	});
	if (!started.ok) return started;
	// A count seals the record it was made under: the place's audit head is published now, not at the
	// next daily pass (best effort: that pass publishes it anyway if this fails).
	await publishAuditHeads(db, now, { chain: input.place.id }).catch(() => undefined);
	// Off the request path: the page shows "counting" and refreshes until the row says counted.
	// finishCount records its own failure on the row, so nothing is thrown at the caller.
	const finished = finishCount({ db, count }, { ...input, settings: gate.settings, resultId: started.resultId }).catch(() => undefined);
	return { ...started, finished };
}

/**
 * Counts the pot's ballots with the engine and stores the outcome on the result row. The ballots
 * are shuffled before they become the engine's voters, so the count never depends on their stored
 * order (nor could anything read from it).
 */
export async function finishCount(
	{ db, count }: { db: Database; count: Counter },
	input: { place: Place; cycle: CycleWithPhases; potId: string | null; settings: PhaseSettings['test']; resultId: string }
): Promise<void> {
	try {
		const vote = await loadPotVote(db, input);
		const outcome = await count(ballotsToElection(vote.pot), tallyOptionsFor(input.settings.outcomeRule, input.settings.ballotType));
		await db
			.update(results)
			.set({
				state: 'counted',
				ballotCount: vote.pot.ballots.length,
				turnout: vote.turnout,
				budgetMinor: vote.pot.budgetMinor,
				spentMinor: Number(outcome.spent),
				selected: outcome.selected.map((number) => vote.proposalIdByNumber.get(number)!),
				explanations: outcome.explanations.map((e) => ({ ...e, project: vote.proposalIdByNumber.get(e.project)! })),
				perVoterBudget: outcome.perVoterBudget ?? null,
				countedAt: new Date()
			})
			.where(eq(results.id, input.resultId));
	} catch (error) {
		await db
			.update(results)
			.set({ state: 'failed', error: error instanceof Error ? error.message.slice(0, 500) : 'count failed' })
			.where(eq(results.id, input.resultId));
		throw error;
	}
}

/**
 * Everything the engine and the open-data files need about one pot's vote. The ballots come
 * shuffled: by `random` when given (the open data's repeatable order, see open-data.ts), else afresh.
 * They are read in the order of their ids (random, never published), so a repeatable shuffle gives
 * one file however Postgres happens to return the rows.
 */
export async function loadPotVote(
	db: Database,
	input: { place: Place; cycle: CycleWithPhases; potId: string | null; settings: PhaseSettings['test']; random?: () => number }
): Promise<{ pot: PotVote; turnout: Record<string, number>; proposalIdByNumber: Map<string, string> }> {
	const { place, cycle, potId, settings } = input;
	const samePot = (column: typeof ballots.potId) => (potId === null ? isNull(column) : eq(column, potId));
	const [paper, rows] = await Promise.all([
		loadBallotPaper(db, cycle, potId),
		db
			.select({ choices: ballots.choices, channel: ballots.channel })
			.from(ballots)
			.where(and(eq(ballots.placeId, place.id), eq(ballots.cycleId, cycle.id), samePot(ballots.potId)))
			.orderBy(ballots.id)
	]);
	const language = place.languages[0] ?? 'en';
	const test = cycle.phases.find((phase) => phase.kind === 'test');
	const day = (date: Date | null | undefined, lastDay = false) => (date ? pabulibDay(date, place.timeZone, { lastDay }) : undefined);
	const pot: PotVote = {
		description: `${pickText(place.name, language, place.languages)}: ${pickText(cycle.title, language, place.languages)}${paper.pot ? ` — ${pickText(paper.pot.name, language, place.languages)}` : ''}`,
		unit: pickText(place.name, language, place.languages),
		country: countryOfTimeZone(place.timeZone),
		subunit: paper.pot ? pickText(paper.pot.name, language, place.languages) : undefined,
		instance: cycle.slug,
		dateBegin: day(test?.opensAt),
		dateEnd: day(test?.closesAt, true),
		limits: limitsOf(settings),
		currency: place.currency,
		language,
		ballotType: settings.ballotType,
		budgetMinor: paper.budgetMinor,
		proposals: paper.items.map((item) => ({ id: item.id, number: item.number, title: item.title, costMinor: item.costMinor })),
		ballots: shuffled(
			rows.map((row) => row.choices),
			input.random
		),
		rule: settings.outcomeRule
	};
	return {
		pot,
		turnout: ballotsByChannel(rows),
		proposalIdByNumber: new Map(paper.items.map((item) => [String(item.number), item.id]))
	};
}

/**
 * The counted ballots by how they came. Read from the ballots themselves, not from participations:
 * a paper still waiting for its second entry (or set aside) has a participation but no ballot, and
 * is not counted — so these add up to the ballots counted, always.
 */
function ballotsByChannel(rows: { channel: VoteChannel }[]): Record<string, number> {
	const byChannel: Record<string, number> = {};
	for (const { channel } of rows) byChannel[channel] = (byChannel[channel] ?? 0) + 1;
	return byChannel;
}

/** What the ballot allowed, in pabulib's words, so a re-count elsewhere knows the ballot's shape. */
function limitsOf(settings: PhaseSettings['test']): [string, string][] {
	switch (settings.ballotType) {
		case 'approval':
			return [
				['min_length', String(settings.approvalMinChoices)],
				...(settings.approvalMaxChoices === null ? [] : [['max_length', String(settings.approvalMaxChoices)] as [string, string]])
			];
		case 'cumulative':
			return [
				['max_sum_points', String(settings.cumulativePoints)],
				...(settings.cumulativeMaxPerProject === null ? [] : [['max_points', String(settings.cumulativeMaxPerProject)] as [string, string]])
			];
		case 'ranked':
			return [['max_length', String(settings.rankedTop)]];
		case 'knapsack':
			return [];
	}
}

/** The same count on the calling thread: for the demo seed and tests, where nothing waits on it. */
export const countHere: Counter = async (election, options) => tallyElection(election, options);
