import { and, eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { LEARNING_PARTS } from '../../learning/learning-parts';
import { missingParts, type LearningReviewInput } from './learning-form';
import { learningReviews } from './learning.table';

export type SaveLearningResult =
	| { ok: true; state: 'draft_saved' | 'published' | 'edited' | 'unchanged' }
	| { ok: false; error: 'parts_missing'; missing: Record<string, string> };

/**
 * The team saves its cycle's learning review, as a draft or publishing it. Publishing needs all
 * four parts, and so does every later edit: a public review never goes back to half-written, and
 * it stays published (it is on the record; the audit trail keeps each change). Serialised per
 * cycle by locking the cycle row, so two people saving at once cannot both create the review.
 */
export async function saveLearningReview(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	cycle: { id: string; placeId: string },
	input: LearningReviewInput,
	intent: 'save' | 'publish'
): Promise<SaveLearningResult> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`select 1 from ${cycles} where ${cycles.id} = ${cycle.id} and ${cycles.placeId} = ${cycle.placeId} for update`);
		const [existing] = await tx
			.select()
			.from(learningReviews)
			.where(and(eq(learningReviews.placeId, cycle.placeId), eq(learningReviews.cycleId, cycle.id)));
		const wasPublished = existing?.publishedAt != null;
		if (wasPublished || intent === 'publish') {
			const missing = missingParts(input);
			if (Object.keys(missing).length > 0) return { ok: false, error: 'parts_missing', missing };
		}
		const changed = [...LEARNING_PARTS, 'language' as const].filter((key) => existing?.[key] !== input[key]);
		const publishing = !wasPublished && intent === 'publish';
		if (existing && changed.length === 0 && !publishing) return { ok: true, state: 'unchanged' };

		const values = { ...input, updatedByUserId: actor.userId, updatedAt: now, publishedAt: existing?.publishedAt ?? (publishing ? now : null) };
		const [row] = existing
			? await tx.update(learningReviews).set(values).where(eq(learningReviews.id, existing.id)).returning({ id: learningReviews.id })
			: await tx
					.insert(learningReviews)
					.values({ ...values, placeId: cycle.placeId, cycleId: cycle.id, createdAt: now })
					.returning({ id: learningReviews.id });
		const state = publishing ? 'published' : wasPublished ? 'edited' : 'draft_saved';
		await recordAuditEvent(tx, {
			placeId: cycle.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: `learning.${state}`,
			subjectType: 'learning_review',
			subjectId: row.id,
			details: { cycleId: cycle.id, language: input.language, changed },
			occurredAt: now
		});
		return { ok: true, state };
	});
}
