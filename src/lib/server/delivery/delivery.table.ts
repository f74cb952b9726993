import { sql } from 'drizzle-orm';
import { bigint, check, date, foreignKey, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { cycles } from '../cycles/cycles.table';
import { proposals } from '../proposals/proposals.table';
import { DELIVERY_STATUSES } from '../../delivery/delivery-statuses';

export const deliveryStatus = pgEnum('delivery_status', DELIVERY_STATUSES);

/**
 * A funded project on its way to being real: its budget (the cost residents voted on, unless a
 * recorded change moved it), the money spent against it (the sum of `delivery_spending`), and a
 * status with the reason for it. One per funded proposal.
 */
export const deliveries = pgTable(
	'deliveries',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		proposalId: uuid('proposal_id').notNull(),
		budgetMinor: bigint('budget_minor', { mode: 'number' }).notNull(),
		status: deliveryStatus('status').notNull().default('planned'),
		/** Why it is where it is; required for done and stopped (a DB check). */
		statusReason: text('status_reason'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'deliveries_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'deliveries_proposal_place_fk', columns: [table.proposalId, table.placeId], foreignColumns: [proposals.id, proposals.placeId] }),
		unique('deliveries_one_per_proposal').on(table.proposalId),
		unique('deliveries_id_place_unique').on(table.id, table.placeId),
		check('deliveries_budget_nonnegative', sql`${table.budgetMinor} >= 0`),
		check('deliveries_reason_when_finished', sql`${table.status} not in ('done', 'stopped') or length(trim(coalesce(${table.statusReason}, ''))) > 0`)
	]
);

/** A step on the way ("planning permission", "contractor chosen", "opened"), with its target date. */
export const deliveryMilestones = pgTable(
	'delivery_milestones',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		deliveryId: uuid('delivery_id').notNull(),
		title: text('title').notNull(),
		dueOn: date('due_on'),
		doneOn: date('done_on'),
		position: integer('position').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'delivery_milestones_delivery_place_fk', columns: [table.deliveryId, table.placeId], foreignColumns: [deliveries.id, deliveries.placeId] }).onDelete('cascade'),
		index('delivery_milestones_delivery_idx').on(table.deliveryId, table.position)
	]
);

/** Money spent on a delivery, as the team records it: what, how much, when. Integer minor units. */
export const deliverySpending = pgTable(
	'delivery_spending',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		deliveryId: uuid('delivery_id').notNull(),
		amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
		note: text('note').notNull(),
		spentOn: date('spent_on').notNull(),
		recordedByUserId: uuid('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'delivery_spending_delivery_place_fk', columns: [table.deliveryId, table.placeId], foreignColumns: [deliveries.id, deliveries.placeId] }).onDelete('cascade'),
		index('delivery_spending_delivery_idx').on(table.deliveryId),
		check('delivery_spending_amount_positive', sql`${table.amountMinor} > 0`)
	]
);

/** News on a delivery for residents ("the lights are up on the first half of the path"), optionally with photos. */
export const deliveryUpdates = pgTable(
	'delivery_updates',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		deliveryId: uuid('delivery_id').notNull(),
		body: text('body').notNull(),
		language: text('language').notNull().default('en'),
		writtenByUserId: uuid('written_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'delivery_updates_delivery_place_fk', columns: [table.deliveryId, table.placeId], foreignColumns: [deliveries.id, deliveries.placeId] }).onDelete('cascade'),
		unique('delivery_updates_id_place_unique').on(table.id, table.placeId),
		index('delivery_updates_delivery_idx').on(table.deliveryId, table.createdAt)
	]
);

/**
 * What residents want to be different because of a project, set with them ("young people use the
 * space three evenings a week") — an outcome, not a process measure — with how it was agreed.
 */
export const outcomes = pgTable(
	'outcomes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		deliveryId: uuid('delivery_id').notNull(),
		statement: text('statement').notNull(),
		/** With whom and how it was agreed ("at the youth club, March 2026"). */
		agreedWith: text('agreed_with').notNull(),
		createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'outcomes_delivery_place_fk', columns: [table.deliveryId, table.placeId], foreignColumns: [deliveries.id, deliveries.placeId] }).onDelete('cascade'),
		unique('outcomes_id_place_unique').on(table.id, table.placeId),
		index('outcomes_delivery_idx').on(table.deliveryId)
	]
);

/** Evidence towards an outcome, added over time (a count, a quote, a survey), dated. */
export const outcomeEvidence = pgTable(
	'outcome_evidence',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		outcomeId: uuid('outcome_id').notNull(),
		body: text('body').notNull(),
		observedOn: date('observed_on').notNull(),
		addedByUserId: uuid('added_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'outcome_evidence_outcome_place_fk', columns: [table.outcomeId, table.placeId], foreignColumns: [outcomes.id, outcomes.placeId] }).onDelete('cascade'),
		index('outcome_evidence_outcome_idx').on(table.outcomeId, table.observedOn)
	]
);

/**
 * Someone who asked to hear about a project's delivery by email. A person, by their account (so
 * changing their email moves the updates with them); the unsubscribe link carries a token kept only
 * as a hash. Nothing here says how, or whether, they voted.
 */
export const deliveryFollowers = pgTable(
	'delivery_followers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		deliveryId: uuid('delivery_id').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		unsubscribeTokenHash: text('unsubscribe_token_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'delivery_followers_delivery_place_fk', columns: [table.deliveryId, table.placeId], foreignColumns: [deliveries.id, deliveries.placeId] }).onDelete('cascade'),
		unique('delivery_followers_one_per_person').on(table.deliveryId, table.userId),
		unique('delivery_followers_token_unique').on(table.unsubscribeTokenHash)
	]
);

export type Delivery = typeof deliveries.$inferSelect;
export type DeliveryMilestone = typeof deliveryMilestones.$inferSelect;
export type DeliveryUpdate = typeof deliveryUpdates.$inferSelect;
export type Outcome = typeof outcomes.$inferSelect;
