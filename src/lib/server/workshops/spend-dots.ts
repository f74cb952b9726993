import { and, eq, inArray, isNull, sql, sum } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import { announceBoardChange } from './announce-change';
import { DOTTABLE_PROPOSAL_STATUSES } from './load-board';
import { isUuid } from '../../validation/fields';
import { currentActivityFor, type RoomActor, type RoomResult } from './room-refusals';
import { workshopDots, workshopDotVotes, workshopIdeas, workshops, type WorkshopActivity } from './workshops.table';

/** Where a dot goes: an idea of the room or a proposal of the cycle, by id as a form sent it. */
export type DottedItem = { ideaId: string } | { proposalId: string };

/** How many dots this participant has left in the activity after the change. */
export type DotsResult = RoomResult<{ dotsLeft: number }>;

/**
 * Puts one more of a participant's dots on an idea or proposal in the dot-voting activity the room
 * is on. Their one dot vote per activity (the unique key) is upserted first: that takes its row
 * lock, so two clicks at once queue there and the second counts the first's dot. Never more than
 * the activity's dots per person.
 */
export async function addDot(db: Database, actor: RoomActor, activityId: string, target: DottedItem): Promise<DotsResult> {
	return db.transaction(async (tx) => {
		const current = await currentActivityFor(tx, actor, activityId, 'dots');
		if (!current.ok) return current;
		const { activity } = current;
		if (!(await isListedTarget(tx, actor.workshop, activity, target))) return { ok: false, error: 'workshop_room_dot_target_unknown' };
		const voteId = await lockDotVote(tx, actor, activity.id);
		const spent = await dotsSpent(tx, voteId);
		const allowed = activity.dotsPerPerson ?? 0;
		if (spent >= allowed) return { ok: false, error: 'workshop_room_dots_used_up' };
		const column = 'ideaId' in target ? workshopDots.ideaId : workshopDots.proposalId;
		await tx
			.insert(workshopDots)
			.values({ placeId: actor.workshop.placeId, dotVoteId: voteId, ...target, dots: 1 })
			.onConflictDoUpdate({ target: [workshopDots.dotVoteId, column], set: { dots: sql`${workshopDots.dots} + 1` } });
		await announceBoardChange(tx, actor.workshop.id, 'dots');
		return { ok: true, dotsLeft: allowed - spent - 1 };
	});
}

/** Takes one of a participant's dots back off an idea or proposal (so they can put it elsewhere). */
export async function removeDot(db: Database, actor: RoomActor, activityId: string, target: DottedItem): Promise<DotsResult> {
	return db.transaction(async (tx) => {
		const current = await currentActivityFor(tx, actor, activityId, 'dots');
		if (!current.ok) return current;
		const { activity } = current;
		const targetId = 'ideaId' in target ? target.ideaId : target.proposalId;
		if (!isUuid(targetId)) return { ok: false, error: 'workshop_room_dot_none_here' };
		const voteId = await lockDotVote(tx, actor, activity.id);
		const onTarget = and(eq(workshopDots.dotVoteId, voteId), 'ideaId' in target ? eq(workshopDots.ideaId, targetId) : eq(workshopDots.proposalId, targetId));
		const [row] = await tx.select({ id: workshopDots.id, dots: workshopDots.dots }).from(workshopDots).where(onTarget);
		if (!row) return { ok: false, error: 'workshop_room_dot_none_here' };
		if (row.dots > 1) await tx.update(workshopDots).set({ dots: row.dots - 1 }).where(eq(workshopDots.id, row.id));
		else await tx.delete(workshopDots).where(eq(workshopDots.id, row.id));
		await announceBoardChange(tx, actor.workshop.id, 'dots');
		return { ok: true, dotsLeft: (activity.dotsPerPerson ?? 0) - (await dotsSpent(tx, voteId)) };
	});
}

/** A participant's own dots in one activity, by idea or proposal id (to show "your dots" on each). */
export async function listMyDots(db: Database, participantId: string, activityId: string): Promise<Record<string, number>> {
	if (!isUuid(activityId)) return {};
	const rows = await db
		.select({ targetId: sql<string>`coalesce(${workshopDots.ideaId}, ${workshopDots.proposalId})`, dots: workshopDots.dots })
		.from(workshopDots)
		.innerJoin(workshopDotVotes, eq(workshopDotVotes.id, workshopDots.dotVoteId))
		.where(and(eq(workshopDotVotes.activityId, activityId), eq(workshopDotVotes.participantId, participantId)));
	return Object.fromEntries(rows.map((r) => [r.targetId, r.dots]));
}

/** Creates or touches the participant's dot vote for the activity; the upsert holds its row lock until commit. */
async function lockDotVote(tx: Database, { participant, workshop }: RoomActor, activityId: string): Promise<string> {
	const [vote] = await tx
		.insert(workshopDotVotes)
		.values({ placeId: workshop.placeId, activityId, participantId: participant.id })
		.onConflictDoUpdate({ target: [workshopDotVotes.activityId, workshopDotVotes.participantId], set: { updatedAt: sql`now()` } })
		.returning({ id: workshopDotVotes.id });
	return vote.id;
}

async function dotsSpent(tx: Database, voteId: string): Promise<number> {
	const [{ spent }] = await tx.select({ spent: sum(workshopDots.dots).mapWith(Number) }).from(workshopDots).where(eq(workshopDots.dotVoteId, voteId));
	return spent ?? 0;
}

/** The same targets the board lists: a visible idea of this workshop, or a listed proposal of its cycle. */
async function isListedTarget(tx: Database, workshop: { id: string; placeId: string }, activity: WorkshopActivity, target: DottedItem): Promise<boolean> {
	if ('ideaId' in target) {
		if (activity.dotTarget !== 'ideas' || !isUuid(target.ideaId)) return false;
		const [idea] = await tx
			.select({ id: workshopIdeas.id })
			.from(workshopIdeas)
			.where(and(eq(workshopIdeas.id, target.ideaId), eq(workshopIdeas.workshopId, workshop.id), eq(workshopIdeas.placeId, workshop.placeId), isNull(workshopIdeas.hiddenAt)));
		return idea !== undefined;
	}
	if (activity.dotTarget !== 'proposals' || !isUuid(target.proposalId)) return false;
	const [proposal] = await tx
		.select({ id: proposals.id })
		.from(proposals)
		.innerJoin(workshops, and(eq(workshops.cycleId, proposals.cycleId), eq(workshops.placeId, proposals.placeId)))
		.where(
			and(
				eq(workshops.id, workshop.id),
				eq(proposals.id, target.proposalId),
				eq(proposals.placeId, workshop.placeId),
				isNull(proposals.hiddenAt),
				inArray(proposals.status, [...DOTTABLE_PROPOSAL_STATUSES])
			)
		);
	return proposal !== undefined;
}
