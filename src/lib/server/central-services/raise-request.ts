import { eq } from 'drizzle-orm';
import type { Person } from '../auth/actor';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { centralServices } from './central-services.table';
import { serviceRequests } from './central-services.table';

/** A place's team asks a service for something; on the place's audit record. The caller has authorised 'request.raise' for the place. */
export async function raiseRequest(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	placeId: string,
	input: { serviceId: string; need: string; neededBy: string; whyHere: string }
): Promise<{ ok: true; requestId: string } | { ok: false; error: 'service_unknown' }> {
	return db.transaction(async (tx) => {
		const [service] = await tx.select({ id: centralServices.id, slug: centralServices.slug }).from(centralServices).where(eq(centralServices.id, input.serviceId));
		if (!service) return { ok: false as const, error: 'service_unknown' as const };
		const [request] = await tx
			.insert(serviceRequests)
			.values({ placeId, ...input, raisedByUserId: actor.userId, raisedAt: now })
			.returning({ id: serviceRequests.id });
		await recordAuditEvent(tx, {
			placeId,
			actorUserId: actor.userId,
			action: 'service_request.raised',
			subjectType: 'service_request',
			subjectId: request.id,
			details: { service: service.slug, need: input.need, neededBy: input.neededBy, whyHere: input.whyHere },
			occurredAt: now
		});
		return { ok: true as const, requestId: request.id };
	});
}
