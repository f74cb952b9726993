import { sql } from 'drizzle-orm';
import { bigint, check, foreignKey, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../localized-text';
import { cycles } from '../cycles/cycles.table';

/**
 * A share of a cycle's money with its own ballot and its own count (a sub-area or a theme, like a
 * city's districts). Its money is what is ring-fenced to it plus what the team allocated to it from
 * the money that is not ring-fenced. Integer minor units of the place's currency.
 */
export const pots = pgTable(
	'pots',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		name: jsonb('name').$type<LocalizedText>().notNull(),
		description: jsonb('description').$type<LocalizedText>().notNull(),
		/** From the money not ring-fenced to any pot; the domain keeps the sum within that money. */
		allocatedMinor: bigint('allocated_minor', { mode: 'number' }).notNull().default(0),
		position: integer('position').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'pots_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		unique('pots_id_place_unique').on(table.id, table.placeId),
		// Lets a contribution name its pot together with its own cycle and place, so it can never be
		// ring-fenced to another cycle's pot.
		unique('pots_id_cycle_place_unique').on(table.id, table.cycleId, table.placeId),
		index('pots_cycle_idx').on(table.cycleId),
		check('pots_allocated_nonnegative', sql`${table.allocatedMinor} >= 0`)
	]
);

/**
 * Money one funder puts into a cycle (the housing association, the council, a health partner, a
 * lottery grant …), optionally ring-fenced to one pot. Residents see who put in what.
 */
export const contributions = pgTable(
	'contributions',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		funderName: text('funder_name').notNull(),
		amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
		/** What the money is for or comes with ("from the estate's service charge surplus"). */
		note: text('note'),
		/** Ring-fenced to this pot; null = for the cycle as a whole. */
		potId: uuid('pot_id'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'contributions_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'contributions_pot_cycle_place_fk', columns: [table.potId, table.cycleId, table.placeId], foreignColumns: [pots.id, pots.cycleId, pots.placeId] }),
		index('contributions_cycle_idx').on(table.cycleId),
		check('contributions_amount_positive', sql`${table.amountMinor} > 0`)
	]
);

export type Pot = typeof pots.$inferSelect;
export type Contribution = typeof contributions.$inferSelect;
