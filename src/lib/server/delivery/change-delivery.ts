import { and, eq } from 'drizzle-orm';
import type { AuditDetails } from '../audit/audit.table';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { canOnDelivery } from './delivery.permissions';
import { deliveries, type Delivery } from './delivery.table';

export type DeliveryDeps = { db: Database; now: Date };
/** A delivery as the route found it from the URL: its place is the URL's place. */
export type DeliveryRef = { placeId: string; deliveryId: string };
export type DeliveryChangeResult<Refusal extends string> = { ok: true; subjectId: string } | { ok: false; error: Refusal | 'delivery_unknown' | 'forbidden' };

/** Thrown inside the transaction so a refused change leaves nothing behind. */
class Refused extends Error {
	constructor(readonly code: string) {
		super(code);
	}
}

/**
 * One staff change to a delivery, in one transaction: the delivery row of this place is locked
 * (two team members at once are serialised; a delivery of another place is "unknown", whatever
 * id is passed), the change runs, and the place's audit record gets it. The route has authorised
 * already; the permission is asked again here so no caller can skip it.
 */
export async function changeDelivery<Refusal extends string>(
	{ db, now }: DeliveryDeps,
	actor: Person,
	target: DeliveryRef,
	action: string,
	change: (tx: Database, delivery: Delivery) => Promise<{ subjectType: string; subjectId: string; details: AuditDetails } | { refused: Refusal }>
): Promise<DeliveryChangeResult<Refusal>> {
	if (!canOnDelivery(actor, 'delivery.manage', { placeId: target.placeId })) return { ok: false, error: 'forbidden' };
	try {
		return await db.transaction(async (tx) => {
			const [delivery] = await tx
				.select()
				.from(deliveries)
				.where(and(eq(deliveries.id, target.deliveryId), eq(deliveries.placeId, target.placeId)))
				.for('update');
			if (!delivery) throw new Refused('delivery_unknown');
			const changed = await change(tx, delivery);
			if ('refused' in changed) throw new Refused(changed.refused);
			await recordAuditEvent(tx, {
				placeId: target.placeId,
				actorUserId: actor.userId,
				actorLabel: actor.email,
				action,
				subjectType: changed.subjectType,
				subjectId: changed.subjectId,
				details: { deliveryId: delivery.id, proposalId: delivery.proposalId, ...changed.details },
				occurredAt: now
			});
			return { ok: true as const, subjectId: changed.subjectId };
		});
	} catch (error) {
		if (error instanceof Refused) return { ok: false, error: error.code as Refusal | 'delivery_unknown' };
		throw error;
	}
}
