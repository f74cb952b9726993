import { and, asc, desc, eq, inArray, isNull, sql, type SQLWrapper } from 'drizzle-orm';
import { PUBLIC_CYCLE_STATUSES } from '../../cycles/phase-kinds';
import { REVIEW_OUTCOMES } from '../../proposals/proposal-statuses';
import type { ProjectExplanation } from '../../tally';
import { users } from '../accounts/accounts.table';
import { pots } from '../budget/budget.table';
import { cycles, phases } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { deliveries, deliverySpending, deliveryUpdates, outcomeEvidence, outcomes } from '../delivery/delivery.table';
import { communityGroups } from '../groups/groups.table';
import { learningReviews } from '../learning/learning.table';
import { proposals } from '../proposals/proposals.table';
import { decisionStatements, resultChanges } from '../decisions/decisions.table';
import { results } from '../results/results.table';
import type { JourneyCycle } from '../../publish-back/journey';
import { buildJourneys } from './journey';

// Subqueries name their own table by an alias and the outer row as ${table}.column: drizzle leaves
// columns unqualified in a query without joins, where they would bind to the inner table.

// Another proposal of the same place, named by a change or a merge, by its number only (it may be
// hidden). Read in the same statement as the row that names it.
const numberOf = (id: SQLWrapper, placeId: SQLWrapper) => sql<number | null>`(select o.number from ${proposals} o where o.id = ${id} and o.place_id = ${placeId})`;

/**
 * Everything the "You said, we did" page shows for a place: each published cycle, newest first,
 * with every proposal that reached review (hidden ones left out) and what became of it. A fixed
 * number of queries (9) — one per kind of fact, each for the whole place — however many proposals and
 * cycles there are; the steps are put together in memory (journey.ts).
 */
export async function loadYouSaidWeDid(db: Database, place: { id: string }, now: Date): Promise<JourneyCycle[]> {
	const [cycleRows, proposalRows, resultRows, changeRows, deliveryRows, updateRows, outcomeRows, evidenceRows, decisionRows] = await Promise.all([
		db
			.select({
				id: cycles.id,
				slug: cycles.slug,
				title: cycles.title,
				voteOpensAt: sql<Date | null>`(select ph.opens_at from ${phases} ph where ph.cycle_id = ${cycles}.id and ph.place_id = ${cycles}.place_id and ph.kind = 'test')`.mapWith(cycles.createdAt),
				hasPots: sql<boolean>`exists (select 1 from ${pots} pt where pt.cycle_id = ${cycles}.id and pt.place_id = ${cycles}.place_id)`,
				learningPublished: sql<boolean>`exists (select 1 from ${learningReviews} lr where lr.cycle_id = ${cycles}.id and lr.place_id = ${cycles}.place_id and lr.published_at is not null)`
			})
			.from(cycles)
			.where(and(eq(cycles.placeId, place.id), inArray(cycles.status, [...PUBLIC_CYCLE_STATUSES])))
			// Newest first by when the cycle began (its first phase), as a resident remembers it.
			.orderBy(sql`(select min(ph.opens_at) from ${phases} ph where ph.cycle_id = ${cycles}.id and ph.place_id = ${cycles}.place_id) desc nulls last`, desc(cycles.createdAt), desc(cycles.slug)),
		db
			.select({
				id: proposals.id,
				cycleId: proposals.cycleId,
				number: proposals.number,
				title: proposals.title,
				summary: proposals.summary,
				language: proposals.language,
				status: proposals.status,
				costMinor: sql<number>`coalesce(${proposals.reviewedCostMinor}, ${proposals.estimatedCostMinor})::bigint`.mapWith(Number),
				reviewReason: proposals.reviewReason,
				reviewedAt: proposals.reviewedAt,
				potId: proposals.potId,
				potName: pots.name,
				mergedIntoNumber: numberOf(proposals.mergedIntoProposalId, proposals.placeId),
				// Never an email: the name a resident chose, or the group's name, or nothing ("a resident").
				authorName: users.displayName,
				groupName: communityGroups.name,
				createdAt: proposals.createdAt
			})
			.from(proposals)
			.leftJoin(users, and(eq(users.id, proposals.authorUserId), isNull(proposals.groupId)))
			.leftJoin(communityGroups, eq(communityGroups.id, proposals.groupId))
			.leftJoin(pots, and(eq(pots.id, proposals.potId), eq(pots.placeId, proposals.placeId)))
			.where(and(eq(proposals.placeId, place.id), inArray(proposals.status, [...REVIEW_OUTCOMES]), isNull(proposals.hiddenAt)))
			.orderBy(asc(proposals.number)),
		db
			.select({ cycleId: results.cycleId, countedAt: results.countedAt, explanations: results.explanations })
			.from(results)
			.where(and(eq(results.placeId, place.id), eq(results.state, 'counted'))),
		db
			.select({
				kind: resultChanges.kind,
				proposalId: resultChanges.proposalId,
				toProposalId: resultChanges.toProposalId,
				amountMinor: resultChanges.amountMinor,
				reason: resultChanges.reason,
				createdAt: resultChanges.createdAt,
				fromNumber: numberOf(sql`${resultChanges}.proposal_id`, sql`${resultChanges}.place_id`),
				toNumber: numberOf(sql`${resultChanges}.to_proposal_id`, sql`${resultChanges}.place_id`)
			})
			.from(resultChanges)
			.where(eq(resultChanges.placeId, place.id))
			.orderBy(asc(resultChanges.createdAt)),
		db
			.select({
				id: deliveries.id,
				proposalId: deliveries.proposalId,
				status: deliveries.status,
				statusReason: deliveries.statusReason,
				budgetMinor: deliveries.budgetMinor,
				spentMinor: sql<number>`(select coalesce(sum(sp.amount_minor), 0) from ${deliverySpending} sp where sp.delivery_id = ${deliveries}.id and sp.place_id = ${deliveries}.place_id)::bigint`.mapWith(Number),
				updatedAt: deliveries.updatedAt
			})
			.from(deliveries)
			.where(eq(deliveries.placeId, place.id)),
		// The newest update of each delivery: one row per delivery, whatever their number.
		db
			.selectDistinctOn([deliveryUpdates.deliveryId], { deliveryId: deliveryUpdates.deliveryId, body: deliveryUpdates.body, language: deliveryUpdates.language, createdAt: deliveryUpdates.createdAt })
			.from(deliveryUpdates)
			.where(eq(deliveryUpdates.placeId, place.id))
			.orderBy(deliveryUpdates.deliveryId, desc(deliveryUpdates.createdAt)),
		db
			.select({ id: outcomes.id, deliveryId: outcomes.deliveryId, statement: outcomes.statement, agreedWith: outcomes.agreedWith })
			.from(outcomes)
			.where(eq(outcomes.placeId, place.id))
			.orderBy(asc(outcomes.createdAt)),
		db
			.selectDistinctOn([outcomeEvidence.outcomeId], { outcomeId: outcomeEvidence.outcomeId, body: outcomeEvidence.body, observedOn: outcomeEvidence.observedOn })
			.from(outcomeEvidence)
			.where(eq(outcomeEvidence.placeId, place.id))
			.orderBy(outcomeEvidence.outcomeId, desc(outcomeEvidence.observedOn), desc(outcomeEvidence.createdAt)),
		// The newest version of each result's decision statement (earlier versions are on the results page).
		db
			.selectDistinctOn([decisionStatements.resultId], {
				cycleId: results.cycleId,
				potName: pots.name,
				body: decisionStatements.body,
				language: decisionStatements.language,
				createdAt: decisionStatements.createdAt
			})
			.from(decisionStatements)
			.innerJoin(results, and(eq(results.id, decisionStatements.resultId), eq(results.placeId, decisionStatements.placeId)))
			.leftJoin(pots, and(eq(pots.id, results.potId), eq(pots.placeId, results.placeId)))
			.where(eq(decisionStatements.placeId, place.id))
			.orderBy(decisionStatements.resultId, desc(decisionStatements.createdAt))
	]);
	return buildJourneys({ now, cycleRows, proposalRows, resultRows: resultRows as { cycleId: string; countedAt: Date | null; explanations: ProjectExplanation[] | null }[], decisionRows, changeRows, deliveryRows, updateRows, outcomeRows, evidenceRows });
}
