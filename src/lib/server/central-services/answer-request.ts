import { and, eq } from 'drizzle-orm';
import type { Person } from '../auth/actor';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { serviceRequestAnswers, serviceRequests } from './central-services.table';
import { answersAfter, type RequestAnswer } from '../../central-services/request-statuses';

export type RequestRef = { requestId: string; placeId: string };

/**
 * The service answers, with words: accepted, done or can't do. Done and can't do close the request.
 * The status moves only from the one the answer was given against (a conditional update), so two
 * of the service's people answering at once cannot both close it; the answer goes on the place's
 * audit record. The caller has authorised 'request.answer' for the request's service.
 */
export async function answerRequest(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	target: RequestRef,
	input: { answer: RequestAnswer; words: string }
): Promise<{ ok: true } | { ok: false; error: 'request_answer_not_now' }> {
	return db.transaction(async (tx) => {
		const [request] = await tx
			.select({ status: serviceRequests.status })
			.from(serviceRequests)
			.where(and(eq(serviceRequests.id, target.requestId), eq(serviceRequests.placeId, target.placeId)));
		if (!request || !answersAfter(request.status).includes(input.answer)) return { ok: false as const, error: 'request_answer_not_now' as const };
		const moved = await tx
			.update(serviceRequests)
			.set({ status: input.answer })
			.where(and(eq(serviceRequests.id, target.requestId), eq(serviceRequests.placeId, target.placeId), eq(serviceRequests.status, request.status)))
			.returning({ id: serviceRequests.id });
		if (moved.length === 0) return { ok: false as const, error: 'request_answer_not_now' as const };
		await tx.insert(serviceRequestAnswers).values({ ...target, answer: input.answer, words: input.words, answeredByUserId: actor.userId, answeredAt: now });
		await recordAuditEvent(tx, {
			placeId: target.placeId,
			actorUserId: actor.userId,
			action: 'service_request.answered',
			subjectType: 'service_request',
			subjectId: target.requestId,
			details: { from: request.status, answer: input.answer, words: input.words },
			occurredAt: now
		});
		return { ok: true as const };
	});
}
