import { and, eq, max } from 'drizzle-orm';
import type { Person } from '../auth/actor';
import { changeDelivery, type DeliveryDeps, type DeliveryRef } from './change-delivery';
import { deliveries, deliveryMilestones, deliverySpending, outcomeEvidence, outcomes } from './delivery.table';
import type { DeliveryStatus } from '../../delivery/delivery-statuses';

/*
 * What the place team does to a delivery. Each is one audited transaction through changeDelivery;
 * anything named by id in a form (a milestone, an outcome) must belong to this delivery of this
 * place, or the change is refused as unknown.
 */

/** Done and stopped need their reason (the table's check says so too); the others may have one. */
export function setDeliveryStatus(deps: DeliveryDeps, actor: Person, target: DeliveryRef, input: { status: DeliveryStatus; reason: string | null }) {
	return changeDelivery<'delivery_reason_missing'>(deps, actor, target, 'delivery.status_changed', async (tx, delivery) => {
		const reason = input.reason?.trim() || null;
		if ((input.status === 'done' || input.status === 'stopped') && !reason) return { refused: 'delivery_reason_missing' };
		await tx
			.update(deliveries)
			.set({ status: input.status, statusReason: reason, updatedAt: deps.now })
			.where(and(eq(deliveries.id, delivery.id), eq(deliveries.placeId, delivery.placeId)));
		return { subjectType: 'delivery', subjectId: delivery.id, details: { from: delivery.status, to: input.status, reason } };
	});
}

export function addMilestone(deps: DeliveryDeps, actor: Person, target: DeliveryRef, input: { title: string; dueOn: string | null }) {
	return changeDelivery<never>(deps, actor, target, 'delivery.milestone_added', async (tx, delivery) => {
		const [{ last }] = await tx
			.select({ last: max(deliveryMilestones.position) })
			.from(deliveryMilestones)
			.where(and(eq(deliveryMilestones.deliveryId, delivery.id), eq(deliveryMilestones.placeId, delivery.placeId)));
		const [row] = await tx
			.insert(deliveryMilestones)
			.values({ placeId: delivery.placeId, deliveryId: delivery.id, title: input.title, dueOn: input.dueOn, position: (last ?? 0) + 1, createdAt: deps.now })
			.returning({ id: deliveryMilestones.id });
		return { subjectType: 'delivery_milestone', subjectId: row.id, details: { ...input } };
	});
}

/** Marks a milestone done on a day; marking it again moves the day (a correction, on the record). */
export function completeMilestone(deps: DeliveryDeps, actor: Person, target: DeliveryRef, input: { milestoneId: string; doneOn: string }) {
	return changeDelivery<'delivery_milestone_unknown'>(deps, actor, target, 'delivery.milestone_done', async (tx, delivery) => {
		const [row] = await tx
			.update(deliveryMilestones)
			.set({ doneOn: input.doneOn })
			.where(and(eq(deliveryMilestones.id, input.milestoneId), eq(deliveryMilestones.deliveryId, delivery.id), eq(deliveryMilestones.placeId, delivery.placeId)))
			.returning({ id: deliveryMilestones.id, title: deliveryMilestones.title });
		if (!row) return { refused: 'delivery_milestone_unknown' };
		return { subjectType: 'delivery_milestone', subjectId: row.id, details: { title: row.title, doneOn: input.doneOn } };
	});
}

/** Money spent, in minor units (read from what was typed with parseMoneyText). Going over the budget is allowed, and shown. */
export function recordSpending(deps: DeliveryDeps, actor: Person, target: DeliveryRef, input: { amountMinor: number; note: string; spentOn: string }) {
	return changeDelivery<'money_too_small'>(deps, actor, target, 'delivery.spending_recorded', async (tx, delivery) => {
		if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0) return { refused: 'money_too_small' };
		const [row] = await tx
			.insert(deliverySpending)
			.values({ placeId: delivery.placeId, deliveryId: delivery.id, ...input, recordedByUserId: actor.userId, createdAt: deps.now })
			.returning({ id: deliverySpending.id });
		return { subjectType: 'delivery_spending', subjectId: row.id, details: { ...input } };
	});
}

/** An outcome residents want, and with whom it was agreed: set with them, not by the team alone. */
export function setOutcome(deps: DeliveryDeps, actor: Person, target: DeliveryRef, input: { statement: string; agreedWith: string }) {
	return changeDelivery<never>(deps, actor, target, 'delivery.outcome_set', async (tx, delivery) => {
		const [row] = await tx
			.insert(outcomes)
			.values({ placeId: delivery.placeId, deliveryId: delivery.id, ...input, createdByUserId: actor.userId, createdAt: deps.now })
			.returning({ id: outcomes.id });
		return { subjectType: 'outcome', subjectId: row.id, details: { ...input } };
	});
}

export function addOutcomeEvidence(deps: DeliveryDeps, actor: Person, target: DeliveryRef, input: { outcomeId: string; body: string; observedOn: string }) {
	return changeDelivery<'delivery_outcome_unknown'>(deps, actor, target, 'delivery.evidence_added', async (tx, delivery) => {
		const [outcome] = await tx
			.select({ id: outcomes.id })
			.from(outcomes)
			.where(and(eq(outcomes.id, input.outcomeId), eq(outcomes.deliveryId, delivery.id), eq(outcomes.placeId, delivery.placeId)));
		if (!outcome) return { refused: 'delivery_outcome_unknown' };
		const [row] = await tx
			.insert(outcomeEvidence)
			.values({ placeId: delivery.placeId, outcomeId: outcome.id, body: input.body, observedOn: input.observedOn, addedByUserId: actor.userId, createdAt: deps.now })
			.returning({ id: outcomeEvidence.id });
		return { subjectType: 'outcome_evidence', subjectId: row.id, details: { ...input } };
	});
}
