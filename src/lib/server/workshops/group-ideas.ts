import { and, eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { addIdea } from './add-idea';
import { announceBoardChange } from './announce-change';
import { lockWorkshop, type WorkshopRef } from './workshops.queries';
import { workshopIdeas, workshopThemes } from './workshops.table';

export type GroupingRefusal = 'workshop_unknown' | 'workshop_not_live' | 'workshop_not_started' | 'workshop_already_landed' | 'workshop_idea_unknown' | 'workshop_theme_unknown';
export type GroupingResult = { ok: true; id: string } | { ok: false; error: GroupingRefusal };
type Deps = { db: Database; now: Date };

const audit = (tx: Database, { now }: Deps, actor: Person, workshop: WorkshopRef, action: string, subjectId: string, details: Record<string, string | null>) =>
	recordAuditEvent(tx, { placeId: workshop.placeId, actorUserId: actor.userId, actorLabel: actor.email, action, subjectType: 'workshop', subjectId: workshop.id, details: { ...details, id: subjectId }, occurredAt: now });

/**
 * The team types in an idea from a paper note, for someone without a phone. It is the room's idea
 * like any other (addIdea: only while live, the board told), with the typing on the audit trail.
 */
export async function addPaperIdea(deps: Deps, actor: Person, workshop: WorkshopRef, body: string): Promise<GroupingResult> {
	return deps.db.transaction(async (tx) => {
		const added = await addIdea(tx, workshop, { enteredByUserId: actor.userId }, body);
		if (!added.ok) return added;
		await audit(tx, deps, actor, workshop, 'workshop.paper_idea_added', added.ideaId, {});
		return { ok: true, id: added.ideaId };
	});
}

/**
 * Grouping and themes change the board until the ideas have landed in the cycle: the team may
 * tidy up after the room has gone home, but what landed is what the credit says was there.
 */
async function changeGrouping(deps: Deps, workshop: WorkshopRef, change: (tx: Database) => Promise<GroupingResult>): Promise<GroupingResult> {
	return deps.db.transaction(async (tx) => {
		const state = await lockWorkshop(tx, workshop);
		if (!state) return { ok: false, error: 'workshop_unknown' };
		if (state.status === 'planned') return { ok: false, error: 'workshop_not_started' };
		if (state.landedAt) return { ok: false, error: 'workshop_already_landed' };
		const result = await change(tx);
		if (result.ok) await announceBoardChange(tx, workshop.id, 'theme');
		return result;
	});
}

/** A new theme, after the others. */
export function addTheme(deps: Deps, actor: Person, workshop: WorkshopRef, name: string) {
	return changeGrouping(deps, workshop, async (tx) => {
		const [theme] = await tx
			.insert(workshopThemes)
			.values({
				placeId: workshop.placeId,
				workshopId: workshop.id,
				name,
				position: sql`(select coalesce(max(${workshopThemes.position}), 0) + 1 from ${workshopThemes} where ${workshopThemes.workshopId} = ${workshop.id})`,
				createdAt: deps.now
			})
			.returning({ id: workshopThemes.id });
		await audit(tx, deps, actor, workshop, 'workshop.theme_added', theme.id, { name });
		return { ok: true, id: theme.id };
	});
}

/** Puts an idea under a theme, or back among the ungrouped ones (themeId null). Both must be this workshop's. */
export function moveIdeaToTheme(deps: Deps, actor: Person, workshop: WorkshopRef, ideaId: string, themeId: string | null) {
	return changeGrouping(deps, workshop, async (tx) => {
		const ofWorkshop = (table: typeof workshopIdeas | typeof workshopThemes, id: string) =>
			tx.select({ id: table.id }).from(table).where(and(eq(table.id, id), eq(table.workshopId, workshop.id), eq(table.placeId, workshop.placeId)));
		if ((await ofWorkshop(workshopIdeas, ideaId)).length === 0) return { ok: false, error: 'workshop_idea_unknown' };
		if (themeId && (await ofWorkshop(workshopThemes, themeId)).length === 0) return { ok: false, error: 'workshop_theme_unknown' };
		await tx.update(workshopIdeas).set({ themeId }).where(eq(workshopIdeas.id, ideaId));
		await audit(tx, deps, actor, workshop, 'workshop.idea_grouped', ideaId, { themeId });
		return { ok: true, id: ideaId };
	});
}
