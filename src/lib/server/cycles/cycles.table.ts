import { foreignKey, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { CYCLE_STATUSES, PHASE_KINDS } from '../../cycles/phase-kinds';
import type { LocalizedText } from '../../localized-text';
import { places } from '../places/places.table';

export const cycleStatus = pgEnum('cycle_status', CYCLE_STATUSES);
export const phaseKind = pgEnum('phase_kind', PHASE_KINDS);

/** One round of co-design in a place: its challenge and its four phases. */
export const cycles = pgTable(
	'cycles',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => places.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		title: jsonb('title').$type<LocalizedText>().notNull(),
		/** The challenge in residents' own words. */
		challenge: jsonb('challenge').$type<LocalizedText>().notNull(),
		status: cycleStatus('status').notNull().default('draft'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique('cycles_place_slug_unique').on(table.placeId, table.slug),
		// Lets place-owned children reference (cycle, place) together so a row can never cross places.
		unique('cycles_id_place_unique').on(table.id, table.placeId)
	]
);

/** A phase of a cycle, with the dates and per-phase settings the place chose. */
export const phases = pgTable(
	'phases',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		kind: phaseKind('kind').notNull(),
		position: integer('position').notNull(),
		opensAt: timestamp('opens_at', { withTimezone: true }),
		closesAt: timestamp('closes_at', { withTimezone: true }),
		/** Validated by the zod schema for `kind` (src/lib/validation/phase-settings.ts). */
		settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({
			name: 'phases_cycle_place_fk',
			columns: [table.cycleId, table.placeId],
			foreignColumns: [cycles.id, cycles.placeId]
		}).onDelete('cascade'),
		unique('phases_cycle_kind_unique').on(table.cycleId, table.kind),
		unique('phases_cycle_position_unique').on(table.cycleId, table.position),
		check('phases_dates_in_order', sql`${table.opensAt} is null or ${table.closesAt} is null or ${table.opensAt} < ${table.closesAt}`)
	]
);

export type Cycle = typeof cycles.$inferSelect;
export type Phase = typeof phases.$inferSelect;
