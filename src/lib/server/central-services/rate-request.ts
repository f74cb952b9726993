import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Person } from '../auth/actor';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { serviceRequests } from './central-services.table';
import type { RequestRef } from './answer-request';

/**
 * The place that raised a request rates it once it is closed: 1 to 5 and a sentence. Once only
 * (the update takes only an unrated row, so two team members at once cannot both rate it); on the
 * place's audit record. The caller has authorised 'request.rate' for the request's place.
 */
export async function rateRequest(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	target: RequestRef,
	input: { score: number; words: string }
): Promise<{ ok: true } | { ok: false; error: 'rating_not_closed' | 'rating_already' }> {
	return db.transaction(async (tx) => {
		const [request] = await tx
			.select({ status: serviceRequests.status, rating: serviceRequests.rating })
			.from(serviceRequests)
			.where(and(eq(serviceRequests.id, target.requestId), eq(serviceRequests.placeId, target.placeId)));
		if (!request || (request.status !== 'done' && request.status !== 'cannot_do')) return { ok: false as const, error: 'rating_not_closed' as const };
		const rated = await tx
			.update(serviceRequests)
			.set({ rating: input.score, ratingWords: input.words, ratedByUserId: actor.userId, ratedAt: now })
			.where(
				and(
					eq(serviceRequests.id, target.requestId),
					eq(serviceRequests.placeId, target.placeId),
					inArray(serviceRequests.status, ['done', 'cannot_do']),
					isNull(serviceRequests.rating)
				)
			)
			.returning({ id: serviceRequests.id });
		if (rated.length === 0) return { ok: false as const, error: 'rating_already' as const };
		await recordAuditEvent(tx, {
			placeId: target.placeId,
			actorUserId: actor.userId,
			action: 'service_request.rated',
			subjectType: 'service_request',
			subjectId: target.requestId,
			details: { score: input.score, words: input.words },
			occurredAt: now
		});
		return { ok: true as const };
	});
}
