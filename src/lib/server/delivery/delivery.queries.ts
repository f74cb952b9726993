import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import { deliveries, deliveryMilestones, deliverySpending, deliveryUpdates, outcomeEvidence, outcomes, type Delivery } from './delivery.table';
import { listUpdatePhotos } from './update-photos';
import { isUuid } from '../../validation/fields';

type CycleRef = { id: string; placeId: string };

const projectColumns = {
	number: proposals.number,
	title: proposals.title,
	summary: proposals.summary,
	language: proposals.language,
	hiddenReason: proposals.hiddenReason
};

/** Money spent per delivery, summed in the database as integers (bigint), never as floats. */
async function spentByDelivery(db: Database, placeId: string, deliveryIds: string[]): Promise<Map<string, number>> {
	if (deliveryIds.length === 0) return new Map();
	const rows = await db
		.select({ deliveryId: deliverySpending.deliveryId, spentMinor: sql<number>`coalesce(sum(${deliverySpending.amountMinor}), 0)::bigint`.mapWith(Number) })
		.from(deliverySpending)
		.where(and(eq(deliverySpending.placeId, placeId), inArray(deliverySpending.deliveryId, deliveryIds)))
		.groupBy(deliverySpending.deliveryId);
	return new Map(rows.map((row) => [row.deliveryId, row.spentMinor]));
}

/** Every delivery of a cycle, by proposal number: status, budget, money spent, and what comes next. */
export async function listCycleDeliveries(db: Database, cycle: CycleRef) {
	const rows = await db
		.select({ delivery: deliveries, project: projectColumns })
		.from(deliveries)
		.innerJoin(proposals, and(eq(proposals.id, deliveries.proposalId), eq(proposals.placeId, deliveries.placeId)))
		.where(and(eq(deliveries.placeId, cycle.placeId), eq(deliveries.cycleId, cycle.id)))
		.orderBy(asc(proposals.number));
	const ids = rows.map((row) => row.delivery.id);
	const [spent, milestones] = await Promise.all([
		spentByDelivery(db, cycle.placeId, ids),
		ids.length === 0
			? []
			: db
					.select()
					.from(deliveryMilestones)
					.where(and(eq(deliveryMilestones.placeId, cycle.placeId), inArray(deliveryMilestones.deliveryId, ids)))
					.orderBy(asc(deliveryMilestones.position))
	]);
	return rows.map(({ delivery, project }) => {
		const own = milestones.filter((milestone) => milestone.deliveryId === delivery.id);
		return {
			...delivery,
			project,
			spentMinor: spent.get(delivery.id) ?? 0,
			milestonesDone: own.filter((milestone) => milestone.doneOn !== null).length,
			milestonesTotal: own.length,
			nextMilestone: own.find((milestone) => milestone.doneOn === null) ?? null
		};
	});
}

/** The delivery of the proposal with this number in the cycle, or null. */
export async function findDeliveryByNumber(db: Database, cycle: CycleRef, number: number): Promise<{ delivery: Delivery; project: { number: number; title: string; summary: string; language: string; hiddenReason: string | null } } | null> {
	const [row] = await db
		.select({ delivery: deliveries, project: projectColumns })
		.from(deliveries)
		.innerJoin(proposals, and(eq(proposals.id, deliveries.proposalId), eq(proposals.placeId, deliveries.placeId)))
		.where(and(eq(deliveries.placeId, cycle.placeId), eq(deliveries.cycleId, cycle.id), eq(proposals.number, number)));
	return row ?? null;
}

/**
 * Everything a delivery's page shows: milestones in order, each spending line and their sum,
 * updates newest first with their photos, outcomes with their evidence in the order it was seen.
 */
export async function loadDeliveryDetails(db: Database, delivery: { placeId: string; deliveryId: string }) {
	const mine = (table: { placeId: AnyPgColumn; deliveryId: AnyPgColumn }) => and(eq(table.placeId, delivery.placeId), eq(table.deliveryId, delivery.deliveryId));
	const [milestones, spending, updates, outcomeRows] = await Promise.all([
		db.select().from(deliveryMilestones).where(mine(deliveryMilestones)).orderBy(asc(deliveryMilestones.position)),
		db.select().from(deliverySpending).where(mine(deliverySpending)).orderBy(asc(deliverySpending.spentOn), asc(deliverySpending.createdAt)),
		db.select().from(deliveryUpdates).where(mine(deliveryUpdates)).orderBy(desc(deliveryUpdates.createdAt), desc(deliveryUpdates.id)),
		db.select().from(outcomes).where(mine(outcomes)).orderBy(asc(outcomes.createdAt), asc(outcomes.id))
	]);
	const [photos, evidence] = await Promise.all([
		listUpdatePhotos(
			db,
			delivery.placeId,
			updates.map((update) => update.id)
		),
		outcomeRows.length === 0
			? []
			: db
					.select()
					.from(outcomeEvidence)
					.where(and(eq(outcomeEvidence.placeId, delivery.placeId), inArray(outcomeEvidence.outcomeId, outcomeRows.map((outcome) => outcome.id))))
					.orderBy(asc(outcomeEvidence.observedOn), asc(outcomeEvidence.createdAt))
	]);
	return {
		milestones,
		spending,
		// Summed exactly: integers of minor units, well inside a JavaScript safe integer.
		spentMinor: spending.reduce((sum, line) => sum + line.amountMinor, 0),
		updates: updates.map((update) => ({ ...update, photos: photos.get(update.id) ?? [] })),
		outcomes: outcomeRows.map((outcome) => ({ ...outcome, evidence: evidence.filter((item) => item.outcomeId === outcome.id) }))
	};
}

/** One update of this delivery of this place (by its id from a URL), or null. */
export async function findDeliveryUpdate(db: Database, delivery: { placeId: string; deliveryId: string }, updateId: string) {
	if (!isUuid(updateId)) return null;
	const [row] = await db
		.select()
		.from(deliveryUpdates)
		.where(and(eq(deliveryUpdates.id, updateId), eq(deliveryUpdates.deliveryId, delivery.deliveryId), eq(deliveryUpdates.placeId, delivery.placeId)));
	return row ?? null;
}
