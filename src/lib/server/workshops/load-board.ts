import { and, asc, count, eq, inArray, isNull, sql, sum } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import type { ProposalStatus } from '../../proposals/proposal-statuses';
import { pots } from '../budget/budget.table';
import { proposals } from '../proposals/proposals.table';
import {
	workshopActivities,
	workshopDots,
	workshopDotVotes,
	workshopIdeas,
	workshopParticipants,
	workshopPollAnswers,
	workshopPollOptions,
	workshops,
	workshopThemes
} from './workshops.table';
import type { WorkshopBoard } from '../../workshops/board';

export { currentActivity, type BoardActivity, type BoardIdea, type WorkshopBoard } from '../../workshops/board';

/** The cycle's proposals a dot-voting activity may put dots on: still in the running, not hidden. */
export const DOTTABLE_PROPOSAL_STATUSES = ['submitted', 'under_review', 'feasible'] as const satisfies readonly ProposalStatus[];

/** Reads a workshop's board in a fixed number of queries (at most 9), whatever its size. Null when it does not exist. */
export async function loadBoard(db: Database, workshopId: string): Promise<WorkshopBoard | null> {
	const [workshop] = await db.select().from(workshops).where(eq(workshops.id, workshopId));
	if (!workshop) return null;
	const [activities, options, dotTotals, themes, ideas, [{ participants }]] = await Promise.all([
		db.select().from(workshopActivities).where(eq(workshopActivities.workshopId, workshopId)).orderBy(asc(workshopActivities.position)),
		db
			.select({ id: workshopPollOptions.id, activityId: workshopPollOptions.activityId, label: workshopPollOptions.label, answers: count(workshopPollAnswers.id) })
			.from(workshopPollOptions)
			.innerJoin(workshopActivities, eq(workshopActivities.id, workshopPollOptions.activityId))
			.leftJoin(workshopPollAnswers, eq(workshopPollAnswers.optionId, workshopPollOptions.id))
			.where(eq(workshopActivities.workshopId, workshopId))
			.groupBy(workshopPollOptions.id)
			.orderBy(asc(workshopPollOptions.position)),
		db
			.select({
				activityId: workshopDotVotes.activityId,
				targetId: sql<string>`coalesce(${workshopDots.ideaId}, ${workshopDots.proposalId})`,
				dots: sum(workshopDots.dots).mapWith(Number)
			})
			.from(workshopDots)
			.innerJoin(workshopDotVotes, eq(workshopDotVotes.id, workshopDots.dotVoteId))
			.innerJoin(workshopActivities, eq(workshopActivities.id, workshopDotVotes.activityId))
			.where(eq(workshopActivities.workshopId, workshopId))
			.groupBy(workshopDotVotes.activityId, sql`coalesce(${workshopDots.ideaId}, ${workshopDots.proposalId})`),
		db.select({ id: workshopThemes.id, name: workshopThemes.name }).from(workshopThemes).where(eq(workshopThemes.workshopId, workshopId)).orderBy(asc(workshopThemes.position), asc(workshopThemes.createdAt)),
		db
			.select({ id: workshopIdeas.id, body: workshopIdeas.body, themeId: workshopIdeas.themeId, enteredByUserId: workshopIdeas.enteredByUserId, authorName: workshopParticipants.displayName })
			.from(workshopIdeas)
			.leftJoin(workshopParticipants, eq(workshopParticipants.id, workshopIdeas.participantId))
			.where(and(eq(workshopIdeas.workshopId, workshopId), isNull(workshopIdeas.hiddenAt)))
			.orderBy(asc(workshopIdeas.createdAt), asc(workshopIdeas.id)),
		db.select({ participants: count() }).from(workshopParticipants).where(eq(workshopParticipants.workshopId, workshopId))
	]);
	const votePotIds = activities.flatMap((a) => (a.kind === 'vote' && a.potId ? [a.potId] : []));
	const votePots = votePotIds.length > 0 ? await db.select({ id: pots.id, name: pots.name }).from(pots).where(and(eq(pots.placeId, workshop.placeId), inArray(pots.id, votePotIds))) : [];
	const targetsProposals = activities.some((a) => a.dotTarget === 'proposals');
	const cycleProposals = targetsProposals
		? await db
				.select({ id: proposals.id, number: proposals.number, title: proposals.title })
				.from(proposals)
				.where(and(eq(proposals.cycleId, workshop.cycleId), isNull(proposals.hiddenAt), inArray(proposals.status, [...DOTTABLE_PROPOSAL_STATUSES])))
				.orderBy(asc(proposals.number))
		: [];
	return {
		id: workshop.id,
		placeId: workshop.placeId,
		cycleId: workshop.cycleId,
		title: workshop.title,
		venue: workshop.venue,
		startsAt: workshop.startsAt.toISOString(),
		joinCode: workshop.joinCode,
		status: workshop.status,
		currentPosition: workshop.currentPosition,
		activities: activities.map((a) => ({
			id: a.id,
			position: a.position,
			kind: a.kind,
			prompt: a.prompt,
			dotsPerPerson: a.dotsPerPerson,
			dotTarget: a.dotTarget,
			options: options.filter((o) => o.activityId === a.id).map(({ id, label, answers }) => ({ id, label, answers })),
			dots: Object.fromEntries(dotTotals.filter((d) => d.activityId === a.id).map((d) => [d.targetId, d.dots])),
			vote: a.kind === 'vote' ? { potId: a.potId, potName: votePots.find((p) => p.id === a.potId)?.name ?? null, ballotsCast: a.ballotsCast } : null
		})),
		themes,
		ideas: ideas.map((i) => ({ id: i.id, body: i.body, themeId: i.themeId, fromPaper: i.enteredByUserId !== null, authorName: i.authorName })),
		proposals: cycleProposals,
		participants
	};
}
