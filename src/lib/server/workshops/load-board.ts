import { and, asc, count, eq, inArray, isNull, sql, sum } from 'drizzle-orm';
import type { Database } from '../db/database';
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
	workshopThemes,
	type DotTarget,
	type WorkshopActivityKind,
	type WorkshopStatus
} from './workshops.table';

export interface BoardActivity {
	id: string;
	position: number;
	kind: WorkshopActivityKind;
	prompt: string;
	dotsPerPerson: number | null;
	dotTarget: DotTarget | null;
	/** Poll only: its options with how many chose each. */
	options: { id: string; label: string; answers: number }[];
	/** Dot-voting only: dots per idea or proposal id. */
	dots: Record<string, number>;
}

export interface BoardIdea {
	id: string;
	body: string;
	themeId: string | null;
	/** Typed in by the team from a paper note. */
	fromPaper: boolean;
	/** The participant's optional name; null when they gave none. */
	authorName: string | null;
}

/**
 * Everything the projector and the phones show of a workshop, as plain JSON. The live stream sends
 * this whole board on every change and on every (re)connect, so a client that missed messages is
 * always caught up by the next one: nothing is patched, nothing can drift.
 */
export interface WorkshopBoard {
	id: string;
	placeId: string;
	cycleId: string;
	title: string;
	venue: string;
	startsAt: string;
	joinCode: string;
	status: WorkshopStatus;
	currentPosition: number | null;
	activities: BoardActivity[];
	themes: { id: string; name: string }[];
	/** Visible ideas, oldest first. Hidden ones are left out. */
	ideas: BoardIdea[];
	/** The cycle's proposals a dot-voting activity may target (feasible or waiting for review, not hidden). */
	proposals: { id: string; number: number; title: string }[];
	participants: number;
}

/** Reads a workshop's board in a fixed number of queries (8), whatever its size. Null when it does not exist. */
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
	const targetsProposals = activities.some((a) => a.dotTarget === 'proposals');
	const cycleProposals = targetsProposals
		? await db
				.select({ id: proposals.id, number: proposals.number, title: proposals.title })
				.from(proposals)
				.where(and(eq(proposals.cycleId, workshop.cycleId), isNull(proposals.hiddenAt), inArray(proposals.status, ['submitted', 'under_review', 'feasible'])))
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
			dots: Object.fromEntries(dotTotals.filter((d) => d.activityId === a.id).map((d) => [d.targetId, d.dots]))
		})),
		themes,
		ideas: ideas.map((i) => ({ id: i.id, body: i.body, themeId: i.themeId, fromPaper: i.enteredByUserId !== null, authorName: i.authorName })),
		proposals: cycleProposals,
		participants
	};
}

/** The activity the room is on, if the workshop is live. */
export function currentActivity(board: WorkshopBoard): BoardActivity | null {
	if (board.status !== 'live' || board.currentPosition === null) return null;
	return board.activities.find((a) => a.position === board.currentPosition) ?? null;
}
