import { and, eq, isNull } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { announceBoardChange } from './announce-change';
import { lockWorkshop, type WorkshopRef } from './workshops.queries';
import type { IdeaHideReason } from '../../workshops/hide-reasons';
import { workshopIdeas } from './workshops.table';

export type HideIdeaResult = { ok: true } | { ok: false; error: 'workshop_unknown' | 'workshop_already_landed' | 'workshop_idea_unknown' };

/**
 * Takes an off-topic or unkind idea off the board (projector, phones, what lands in the cycle).
 * It is never deleted: the row keeps its words, when and why it was hidden (the reason is public on
 * the workshop's page), and the audit trail who hid it. Hiding again is a no-op. After landing nothing is hidden here: the idea is a post by then.
 */
export async function hideIdea({ db, now }: { db: Database; now: Date }, actor: Person, workshop: WorkshopRef, ideaId: string, reason: IdeaHideReason): Promise<HideIdeaResult> {
	return db.transaction(async (tx) => {
		const state = await lockWorkshop(tx, workshop);
		if (!state) return { ok: false, error: 'workshop_unknown' };
		if (state.landedAt) return { ok: false, error: 'workshop_already_landed' };
		const [idea] = await tx
			.select({ id: workshopIdeas.id, body: workshopIdeas.body, hiddenAt: workshopIdeas.hiddenAt })
			.from(workshopIdeas)
			.where(and(eq(workshopIdeas.id, ideaId), eq(workshopIdeas.workshopId, workshop.id), eq(workshopIdeas.placeId, workshop.placeId)));
		if (!idea) return { ok: false, error: 'workshop_idea_unknown' };
		if (idea.hiddenAt) return { ok: true };
		await tx.update(workshopIdeas).set({ hiddenAt: now, hiddenReason: reason }).where(and(eq(workshopIdeas.id, idea.id), isNull(workshopIdeas.hiddenAt)));
		await announceBoardChange(tx, workshop.id, 'idea');
		await recordAuditEvent(tx, {
			placeId: workshop.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'workshop.idea_hidden',
			subjectType: 'workshop',
			subjectId: workshop.id,
			// Not the words: an abusive idea should not live on in the trail's details.
			details: { ideaId: idea.id, reason },
			occurredAt: now
		});
		return { ok: true };
	});
}
