import { and, eq } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { seedCoCreateCycle } from './proposals';
import { proposals } from '../proposals/proposals.table';
import { newJoinCode } from '../workshops/join-code';
import { joinWorkshop } from '../workshops/participant';
import type { RoomActor } from '../workshops/room-refusals';
import { workshopActivities, workshopIdeas, workshopPollOptions, workshops } from '../workshops/workshops.table';

/**
 * Test support for the room: a live workshop in a fresh place whose agenda is ideas → dots over
 * ideas (5 each) → dots over proposals (2 each) → a poll; with two ideas and two proposals.
 */
export async function seedLiveRoom(db: Database, slug: string) {
	const { place, loadCycle } = await seedCoCreateCycle(db, {}, slug);
	const cycle = await loadCycle();
	const [workshop] = await db
		.insert(workshops)
		.values({ placeId: place.id, cycleId: cycle.id, phaseKind: 'co_create', title: 'Room', venue: 'Hall', startsAt: new Date(), joinCode: newJoinCode(), status: 'live', currentPosition: 1 })
		.returning();
	const ref = { placeId: place.id, workshopId: workshop.id };
	const activities = await db
		.insert(workshopActivities)
		.values([
			{ ...ref, position: 1, kind: 'ideas' as const, prompt: 'Ideas?' },
			{ ...ref, position: 2, kind: 'dots' as const, prompt: 'Dots on ideas', dotsPerPerson: 5, dotTarget: 'ideas' as const },
			{ ...ref, position: 3, kind: 'dots' as const, prompt: 'Dots on proposals', dotsPerPerson: 2, dotTarget: 'proposals' as const },
			{ ...ref, position: 4, kind: 'poll' as const, prompt: 'Which evening?' }
		])
		.returning();
	const [ideas, dots, proposalDots, poll] = activities;
	const options = await db
		.insert(workshopPollOptions)
		.values(['Tuesday', 'Wednesday'].map((label, i) => ({ placeId: place.id, activityId: poll.id, position: i + 1, label })))
		.returning();
	const ideaRows = await db.insert(workshopIdeas).values(['Pool table', 'Late bus'].map((body) => ({ ...ref, body }))).returning();
	const proposalRows = await db
		.insert(proposals)
		.values([1, 2].map((number) => ({ placeId: place.id, cycleId: cycle.id, number, title: `Proposal ${number}`, summary: 'S', estimatedCostMinor: 100_00 })))
		.returning();
	const join = async (name: string | null = null): Promise<RoomActor> => {
		const { participant } = await joinWorkshop(db, { id: workshop.id, placeId: place.id }, name);
		return { participant, workshop: { id: workshop.id, placeId: place.id } };
	};
	const moveTo = (position: number | null, status: 'planned' | 'live' | 'ended' = 'live') =>
		db.update(workshops).set({ currentPosition: position, status }).where(and(eq(workshops.id, workshop.id), eq(workshops.placeId, place.id)));
	return { place, cycle, workshop, activities: { ideas, dots, proposalDots, poll }, options, ideaRows, proposalRows, join, moveTo };
}
