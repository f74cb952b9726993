import { sql } from 'drizzle-orm';
import { bigint, check, foreignKey, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { ProjectExplanation } from '../../tally';
import { users } from '../accounts/accounts.table';
import { pots } from '../budget/budget.table';
import { cycles } from '../cycles/cycles.table';
import { RESULT_STATES } from '../../results/result-kinds';

export const resultState = pgEnum('result_state', RESULT_STATES);

/**
 * The count of one pot's vote (or a cycle's single vote), made once with the tally engine under the
 * rule the place chose, and stored: every results page reads this row, never recounts. Project ids
 * in `selected` and `explanations` are proposal ids. Money is minor units; the explanations carry
 * the engine's currency-unit figures for phrasing only.
 */
export const results = pgTable(
	'results',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		potId: uuid('pot_id'),
		state: resultState('state').notNull().default('counting'),
		/** What the count used: the place's rule, its completion and tie-break. */
		rule: text('rule').notNull(),
		completion: text('completion').notNull(),
		tieBreak: text('tie_break').notNull(),
		budgetMinor: bigint('budget_minor', { mode: 'number' }).notNull(),
		ballotCount: integer('ballot_count').notNull().default(0),
		/** Voters by channel: { online, letter_code, paper, workshop }. */
		turnout: jsonb('turnout').$type<Record<string, number>>().notNull().default({}),
		spentMinor: bigint('spent_minor', { mode: 'number' }),
		/** Funded proposal ids, in the order the rule chose them. */
		selected: jsonb('selected').$type<string[]>(),
		explanations: jsonb('explanations').$type<ProjectExplanation[]>(),
		/** add1: each voter's share of the money in the run that was kept, in currency units. */
		perVoterBudget: jsonb('per_voter_budget').$type<number | null>(),
		error: text('error'),
		startedByUserId: uuid('started_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
		countedAt: timestamp('counted_at', { withTimezone: true })
	},
	(table) => [
		foreignKey({ name: 'results_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'results_pot_cycle_place_fk', columns: [table.potId, table.cycleId, table.placeId], foreignColumns: [pots.id, pots.cycleId, pots.placeId] }),
		unique('results_one_per_pot').on(table.cycleId, table.potId).nullsNotDistinct(),
		unique('results_id_place_unique').on(table.id, table.placeId),
		check('results_counted_has_outcome', sql`${table.state} <> 'counted' or (${table.selected} is not null and ${table.spentMinor} is not null and ${table.countedAt} is not null)`)
	]
);

export type Result = typeof results.$inferSelect;
