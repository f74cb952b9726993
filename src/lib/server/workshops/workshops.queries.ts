import { and, asc, eq, isNotNull, or, sql } from 'drizzle-orm';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import type { IdeaHideReason } from '../../workshops/hide-reasons';
import type { WorkshopStatus } from '../../workshops/workshop-kinds';
import { workshopActivities, workshopIdeas, workshops, type Workshop } from './workshops.table';
import { isUuid } from '../../validation/fields';

export interface WorkshopRef {
	id: string;
	placeId: string;
}

/**
 * Takes the workshop row for the rest of the transaction: every change of the team's (agenda,
 * moving the room on, grouping, landing) goes one at a time, and addIdea's FOR SHARE waits for it.
 * Returns the row as it is now, or null when it is not this place's workshop.
 */
export async function lockWorkshop(tx: Database, workshop: WorkshopRef): Promise<{ status: WorkshopStatus; currentPosition: number | null; landedAt: Date | null } | null> {
	const [row] = rowsOf<{ status: WorkshopStatus; current_position: number | null; landed_at: string | Date | null }>(
		await tx.execute(
			sql`select status, current_position, landed_at from ${workshops} where ${workshops.id} = ${workshop.id} and ${workshops.placeId} = ${workshop.placeId} for update`
		)
	);
	if (!row) return null;
	return { status: row.status, currentPosition: row.current_position, landedAt: row.landed_at === null ? null : new Date(row.landed_at) };
}

/**
 * A cycle's workshops, soonest first (the page splits them into live, upcoming and ended): what a
 * visitor may see, so not the join code, which is for the people in the room.
 */
export async function listCycleWorkshops(db: Database, cycle: { id: string; placeId: string }) {
	return db
		.select({ id: workshops.id, title: workshops.title, venue: workshops.venue, startsAt: workshops.startsAt, phaseKind: workshops.phaseKind, status: workshops.status })
		.from(workshops)
		.where(and(eq(workshops.cycleId, cycle.id), eq(workshops.placeId, cycle.placeId)))
		.orderBy(asc(workshops.startsAt), asc(workshops.createdAt));
}

/** One workshop of this cycle by the id in its address, or null (not a uuid, another cycle's). */
export async function findCycleWorkshop(db: Database, cycle: { id: string; placeId: string }, workshopId: string): Promise<Workshop | null> {
	if (!isUuid(workshopId)) return null;
	const [row] = await db
		.select()
		.from(workshops)
		.where(and(eq(workshops.id, workshopId), eq(workshops.cycleId, cycle.id), eq(workshops.placeId, cycle.placeId)));
	return row ?? null;
}

/**
 * A workshop of this cycle where the team opened the vote in the room (live or since ended), or
 * null: papers handed in there count with channel `workshop`, like the room's phones.
 */
export async function findVotingWorkshop(db: Database, cycle: { id: string; placeId: string }, workshopId: string): Promise<{ id: string; title: string } | null> {
	const workshop = await findCycleWorkshop(db, cycle, workshopId);
	if (!workshop || workshop.status === 'planned') return null;
	const [vote] = await db
		.select({ id: workshopActivities.id })
		.from(workshopActivities)
		.where(and(eq(workshopActivities.workshopId, workshop.id), eq(workshopActivities.placeId, workshop.placeId), eq(workshopActivities.kind, 'vote')))
		.limit(1);
	return vote ? { id: workshop.id, title: workshop.title } : null;
}

/** What each idea of an ended workshop became: a post (by id) or a proposal (by its number in the cycle). */
export async function listLandedIdeas(db: Database, workshop: WorkshopRef): Promise<{ ideaId: string; postId: string | null; proposalNumber: number | null }[]> {
	return db
		.select({ ideaId: workshopIdeas.id, postId: workshopIdeas.landedPostId, proposalNumber: proposals.number })
		.from(workshopIdeas)
		.leftJoin(proposals, eq(proposals.id, workshopIdeas.landedProposalId))
		.where(and(eq(workshopIdeas.workshopId, workshop.id), eq(workshopIdeas.placeId, workshop.placeId), or(isNotNull(workshopIdeas.landedPostId), isNotNull(workshopIdeas.landedProposalId))));
}

export interface WorkshopCredit {
	workshopTitle: string;
	venue: string;
	startsAt: Date;
	/** The parts of the workshop's address: /places/{placeSlug}/cycles/{cycleSlug}/workshops/{workshopId}. */
	placeSlug: string;
	cycleSlug: string;
	workshopId: string;
}

/** The workshop a post or proposal came from, for the "From the workshop at …" line; null for most. */
export async function findWorkshopCredit(db: Database, made: { postId: string } | { proposalId: string }): Promise<WorkshopCredit | null> {
	const [row] = await db
		.select({
			workshopTitle: workshops.title,
			venue: workshops.venue,
			startsAt: workshops.startsAt,
			placeSlug: places.slug,
			cycleSlug: cycles.slug,
			workshopId: workshops.id
		})
		.from(workshopIdeas)
		.innerJoin(workshops, eq(workshops.id, workshopIdeas.workshopId))
		.innerJoin(places, eq(places.id, workshops.placeId))
		.innerJoin(cycles, eq(cycles.id, workshops.cycleId))
		.where('postId' in made ? eq(workshopIdeas.landedPostId, made.postId) : eq(workshopIdeas.landedProposalId, made.proposalId))
		.limit(1);
	return row ?? null;
}

/** The reasons the team gave for each idea it took off the board, oldest first (never the words). */
export async function listHiddenIdeaReasons(db: Database, workshop: WorkshopRef): Promise<IdeaHideReason[]> {
	const rows = await db
		.select({ reason: workshopIdeas.hiddenReason })
		.from(workshopIdeas)
		.where(and(eq(workshopIdeas.workshopId, workshop.id), eq(workshopIdeas.placeId, workshop.placeId), isNotNull(workshopIdeas.hiddenAt)))
		.orderBy(asc(workshopIdeas.hiddenAt), asc(workshopIdeas.id));
	return rows.map((row) => row.reason).filter((reason): reason is IdeaHideReason => reason !== null);
}
