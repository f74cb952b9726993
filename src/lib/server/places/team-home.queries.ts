import { and, asc, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { checkCountStart } from '../../cycles/count-gate';
import type { CycleStatus } from '../../cycles/phase-kinds';
import { phaseStateAt } from '../../cycles/timeline';
import { isUpdateOverdue, promisedUpdateDays } from '../../cycles/update-promise';
import type { TeamHome, TeamHomeCycle, WaitingKind } from '../../places/team-home';
import type { ResultState } from '../../results/result-kinds';
import { pots } from '../budget/budget.table';
import { cycles, phases } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { deliveries, deliveryUpdates } from '../delivery/delivery.table';
import { proposals } from '../proposals/proposals.table';
import { decisionStatements } from '../decisions/decisions.table';
import { results } from '../results/results.table';
import { findVoteSettingsMisfit } from '../voting/vote-settings';
import { paperEntries } from '../voting/voting.table';

/** Cycles the home lists: the ones still running or being prepared. A cancelled one shows until its dates have passed. */
const SHOWN: readonly CycleStatus[] = ['draft', 'active', 'paused', 'cancelled'];
/** A vote whose count is not stored (or whose count failed) can be counted; one being counted cannot. */
const COUNT_MISSING: readonly ResultState[] = ['failed'];

/**
 * The picture a place team sees after signing in: its cycles and what is waiting on it. One query
 * for the place's cycles, then six in parallel, each bounded by those cycles (whose indexes lead with
 * cycle_id) and the place — the same cost whether there are 3 places or 78.
 */
export async function loadTeamHome(db: Database, input: { placeId: string; now: Date }): Promise<TeamHome> {
	const { placeId, now } = input;
	const cycleRows = await db
		.select({ id: cycles.id, slug: cycles.slug, title: cycles.title, status: cycles.status })
		.from(cycles)
		.where(eq(cycles.placeId, placeId))
		.orderBy(desc(cycles.createdAt), desc(cycles.slug));
	const waiting: TeamHome['waiting'] = { proposalsToReview: [], papersToCheck: [], voteSettingsToFix: [], countsToStart: [], decisionsToPublish: [], deliveriesWithoutNews: [] };
	if (cycleRows.length === 0) return { cycles: [], waiting };
	const ids = cycleRows.map((c) => c.id);
	const inPlace = (table: { placeId: AnyPgColumn; cycleId: AnyPgColumn }) => and(eq(table.placeId, placeId), inArray(table.cycleId, ids));

	const [phaseRows, proposalRows, paperRows, potRows, resultRows, deliveryRows] = await Promise.all([
		db.select().from(phases).where(inPlace(phases)).orderBy(asc(phases.position)),
		db
			.select({ cycleId: proposals.cycleId, count: sql<number>`count(*)::int` })
			.from(proposals)
			.where(and(inPlace(proposals), eq(proposals.status, 'submitted'), isNull(proposals.hiddenAt)))
			.groupBy(proposals.cycleId),
		db
			.select({ cycleId: paperEntries.cycleId, count: sql<number>`count(*)::int` })
			.from(paperEntries)
			.where(and(inPlace(paperEntries), eq(paperEntries.state, 'awaiting_check')))
			.groupBy(paperEntries.cycleId),
		db.select({ id: pots.id, cycleId: pots.cycleId }).from(pots).where(inPlace(pots)),
		db
			.select({
				cycleId: results.cycleId,
				potId: results.potId,
				state: results.state,
				statements: sql<number>`count(${decisionStatements.id})::int`
			})
			.from(results)
			.leftJoin(decisionStatements, and(eq(decisionStatements.resultId, results.id), eq(decisionStatements.placeId, results.placeId)))
			.where(inPlace(results))
			.groupBy(results.id),
		db
			.select({ cycleId: deliveries.cycleId, startedAt: deliveries.createdAt, lastNewsAt: max(deliveryUpdates.createdAt) })
			.from(deliveries)
			.leftJoin(deliveryUpdates, and(eq(deliveryUpdates.deliveryId, deliveries.id), eq(deliveryUpdates.placeId, deliveries.placeId)))
			.where(and(inPlace(deliveries), inArray(deliveries.status, ['planned', 'in_progress'])))
			.groupBy(deliveries.id)
	]);

	const shown: TeamHomeCycle[] = [];
	for (const cycle of cycleRows) {
		const cyclePhases = phaseRows.filter((p) => p.cycleId === cycle.id);
		const add = (kind: WaitingKind, count: number) => {
			if (count > 0) waiting[kind].push({ cycleSlug: cycle.slug, cycleTitle: cycle.title, count });
		};
		add('proposalsToReview', proposalRows.find((r) => r.cycleId === cycle.id)?.count ?? 0);
		add('papersToCheck', paperRows.find((r) => r.cycleId === cycle.id)?.count ?? 0);
		// A vote still to come or open whose ballot nobody could fill in under its saved settings (the
		// proposals or money changed since): its ballot stays closed until the team puts it right.
		const test = cyclePhases.find((p) => p.kind === 'test');
		if (test && cycle.status !== 'cancelled' && ['open', 'upcoming'].includes(phaseStateAt(test, now))) {
			add('voteSettingsToFix', (await findVoteSettingsMisfit(db, { id: cycle.id, placeId })) ? 1 : 0);
		}
		const cycleResults = resultRows.filter((r) => r.cycleId === cycle.id);
		// The same rule as the count itself: a draft, paused or cancelled cycle's vote is not counted.
		if (checkCountStart({ status: cycle.status, phases: cyclePhases }, now).open) {
			const potIds = potRows.filter((p) => p.cycleId === cycle.id).map((p) => p.id);
			const votes = potIds.length === 0 ? [null] : potIds;
			add('countsToStart', votes.filter((potId) => {
				const result = cycleResults.find((r) => r.potId === potId);
				return !result || COUNT_MISSING.includes(result.state);
			}).length);
		}
		add('decisionsToPublish', cycleResults.filter((r) => r.state === 'counted' && r.statements === 0).length);
		const everyDays = promisedUpdateDays(cyclePhases.find((p) => p.kind === 'implement')?.settings);
		if (everyDays !== null) {
			const late = deliveryRows.filter((d) => d.cycleId === cycle.id && isUpdateOverdue(new Date(d.lastNewsAt ?? d.startedAt), everyDays, now));
			add('deliveriesWithoutNews', late.length);
		}
		// A cancelled cycle stays on the home while its dates would still have had something open.
		const over = cycle.status === 'cancelled' && !cyclePhases.some((p) => ['open', 'upcoming'].includes(phaseStateAt(p, now)));
		if (SHOWN.includes(cycle.status) && !over) {
			shown.push({ slug: cycle.slug, title: cycle.title, status: cycle.status, phases: cyclePhases.map(({ kind, position, opensAt, closesAt }) => ({ kind, position, opensAt, closesAt })) });
		}
	}
	return { cycles: shown, waiting };
}
