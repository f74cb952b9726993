import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { announceBoardChange } from './announce-change';
import { workshopIdeas, workshops } from './workshops.table';

/** Who wrote an idea down: a participant on their phone, or a team member typing up a paper note. */
export type IdeaAuthor = { participantId: string } | { enteredByUserId: string };

export type AddIdeaResult = { ok: true; ideaId: string } | { ok: false; error: 'workshop_not_live' };

/**
 * Adds an idea to a live workshop's board. Ideas are taken whatever activity the room is on (a late
 * thought is still a thought) but only while the workshop is live; the board is told at commit.
 * `body` is already validated (validation/workshops.ts).
 */
export async function addIdea(db: Database, workshop: { id: string; placeId: string }, author: IdeaAuthor, body: string): Promise<AddIdeaResult> {
	return db.transaction(async (tx) => {
		// Shares the row with "end workshop" (which takes it FOR UPDATE), so no idea slips in after it ended.
		const [row] = rowsOf<{ status: string }>(
			await tx.execute(sql`select status from ${workshops} where ${workshops.id} = ${workshop.id} and ${workshops.placeId} = ${workshop.placeId} for share`)
		);
		if (row?.status !== 'live') return { ok: false, error: 'workshop_not_live' };
		const [idea] = await tx
			.insert(workshopIdeas)
			.values({ placeId: workshop.placeId, workshopId: workshop.id, body, ...author })
			.returning({ id: workshopIdeas.id });
		await announceBoardChange(tx, workshop.id, 'idea');
		return { ok: true, ideaId: idea.id };
	});
}

/** Whether an idea belongs to this workshop (grouping, hiding and dots name ideas by id from a form). */
export async function isIdeaOf(db: Database, workshopId: string, ideaId: string): Promise<boolean> {
	const [row] = await db.select({ id: workshopIdeas.id }).from(workshopIdeas).where(and(eq(workshopIdeas.id, ideaId), eq(workshopIdeas.workshopId, workshopId)));
	return row !== undefined;
}
