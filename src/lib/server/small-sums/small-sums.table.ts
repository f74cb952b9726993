import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, foreignKey, index, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { places } from '../places/places.table';
import { SPEND_CATEGORIES } from '../../small-sums/spend-categories';

export const spendCategory = pgEnum('small_sums_category', SPEND_CATEGORIES);

/**
 * Money a place sets aside for its team to spend at once, for a period, from a named funder, with
 * the place's own limit for one spend. The place's lead sets it; nobody signs a spend off.
 * Integer minor units of the place's currency.
 */
export const smallSumsPots = pgTable(
	'small_sums_pots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => places.id, { onDelete: 'cascade' }),
		amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
		funderName: text('funder_name').notNull(),
		/** The period, as days on the place's calendar (both included). */
		startsOn: date('starts_on').notNull(),
		endsOn: date('ends_on').notNull(),
		spendLimitMinor: bigint('spend_limit_minor', { mode: 'number' }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique('small_sums_pots_id_place_unique').on(table.id, table.placeId),
		index('small_sums_pots_place_idx').on(table.placeId, table.startsOn),
		check('small_sums_pots_amount_nonnegative', sql`${table.amountMinor} >= 0`),
		check('small_sums_pots_limit_positive', sql`${table.spendLimitMinor} > 0`),
		check('small_sums_pots_period_forwards', sql`${table.endsOn} >= ${table.startsOn}`)
	]
);

/**
 * One line of a pot, published as soon as it is written and never edited or deleted: a spend
 * (amount above zero), or a correction of an earlier spend with its reason (the difference, which
 * may be below zero: a refund, a typo). What was bought, from whom, why and who it helped.
 */
export const smallSumsSpends = pgTable(
	'small_sums_spends',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		potId: uuid('pot_id').notNull(),
		spentOn: date('spent_on').notNull(),
		item: text('item').notNull(),
		supplier: text('supplier').notNull(),
		amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
		purpose: text('purpose').notNull(),
		category: spendCategory('category').notNull(),
		/** Receipts can show names: public only when the team ticks so. */
		receiptPublic: boolean('receipt_public').notNull().default(false),
		correctsSpendId: uuid('corrects_spend_id'),
		reason: text('reason'),
		recordedByUserId: uuid('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'small_sums_spends_pot_place_fk', columns: [table.potId, table.placeId], foreignColumns: [smallSumsPots.id, smallSumsPots.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'small_sums_spends_corrects_place_fk', columns: [table.correctsSpendId, table.placeId], foreignColumns: [table.id, table.placeId] }).onDelete('cascade'),
		unique('small_sums_spends_id_place_unique').on(table.id, table.placeId),
		index('small_sums_spends_place_idx').on(table.placeId, table.createdAt),
		index('small_sums_spends_pot_idx').on(table.potId),
		check('small_sums_spends_amount_nonzero', sql`${table.amountMinor} <> 0`),
		check(
			'small_sums_spends_line_kind',
			sql`(${table.correctsSpendId} is null and ${table.amountMinor} > 0 and ${table.reason} is null) or (${table.correctsSpendId} is not null and length(trim(coalesce(${table.reason}, ''))) > 0)`
		)
	]
);

export type SmallSumsPot = typeof smallSumsPots.$inferSelect;
export type SmallSumsSpend = typeof smallSumsSpends.$inferSelect;
