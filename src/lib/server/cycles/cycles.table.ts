import { foreignKey, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { CYCLE_CHANGE_KINDS, CYCLE_STATUSES, PHASE_KINDS } from '../../cycles/phase-kinds';
import { users } from '../accounts/accounts.table';
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

export const cycleChangeKind = pgEnum('cycle_change_kind', CYCLE_CHANGE_KINDS);

/**
 * The public record of what a place team changed while a cycle ran — a phase moved, extended or
 * shortened, the cycle paused, resumed or cancelled — each with the reason residents are given
 * ("The vote was extended to 14 January because …"). Never edited; the audit record keeps who.
 */
export const cycleChanges = pgTable(
	'cycle_changes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		kind: cycleChangeKind('kind').notNull(),
		/** The phase whose dates changed (null for pause, resume, cancel). */
		phaseKind: phaseKind('phase_kind'),
		/** Dates before and after, for a phase change: { opensAt, closesAt } as ISO strings or null. */
		before: jsonb('before').$type<{ opensAt: string | null; closesAt: string | null } | null>(),
		after: jsonb('after').$type<{ opensAt: string | null; closesAt: string | null } | null>(),
		/** Why, in the words the team gave residents; may be empty only where no reason is owed (moving a phase not yet open). */
		reason: text('reason').notNull().default(''),
		madeByUserId: uuid('made_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({
			name: 'cycle_changes_cycle_place_fk',
			columns: [table.cycleId, table.placeId],
			foreignColumns: [cycles.id, cycles.placeId]
		}).onDelete('cascade'),
		index('cycle_changes_cycle_idx').on(table.cycleId, table.createdAt),
		check(
			'cycle_changes_reason_when_owed',
			sql`${table.kind} in ('phase_moved', 'phase_extended', 'resumed') or length(trim(${table.reason})) > 0`
		)
	]
);

export type Cycle = typeof cycles.$inferSelect;
export type CycleChange = typeof cycleChanges.$inferSelect;
export type Phase = typeof phases.$inferSelect;
