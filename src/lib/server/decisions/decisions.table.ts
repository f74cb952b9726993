import { sql } from 'drizzle-orm';
import { bigint, check, foreignKey, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.table';
import { proposals } from '../proposals/proposals.table';
import { results } from '../results/results.table';
import { RESULT_CHANGE_KINDS } from '../../results/result-kinds';

/**
 * The place team's statement on a counted result: what was agreed and why. Every version is kept
 * and shown dated (the newest first), so a statement is never changed silently.
 */
export const decisionStatements = pgTable(
	'decision_statements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		resultId: uuid('result_id').notNull(),
		body: text('body').notNull(),
		/** The language it is written in (lang="…" on the page). */
		language: text('language').notNull().default('en'),
		writtenByUserId: uuid('written_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'decision_statements_result_place_fk', columns: [table.resultId, table.placeId], foreignColumns: [results.id, results.placeId] }).onDelete('cascade'),
		index('decision_statements_result_idx').on(table.resultId, table.createdAt),
		check('decision_statements_body_present', sql`length(trim(${table.body})) > 0`)
	]
);

/** What the team changed after the vote (see RESULT_CHANGE_KINDS). */
export const resultChangeKind = pgEnum('result_change_kind', RESULT_CHANGE_KINDS);

/**
 * A change after the vote, recorded with its reason and shown on the results page in date order:
 * a funded project turns out impossible, money moves to the next one, a cost changes. The stored
 * count itself is never edited; this is the public record of what happened since.
 */
export const resultChanges = pgTable(
	'result_changes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		resultId: uuid('result_id').notNull(),
		kind: resultChangeKind('kind').notNull(),
		/** The proposal the change is about (dropped, cost changed, money moved from). */
		proposalId: uuid('proposal_id'),
		/** Where the money went (money_moved). */
		toProposalId: uuid('to_proposal_id'),
		amountMinor: bigint('amount_minor', { mode: 'number' }),
		reason: text('reason').notNull(),
		madeByUserId: uuid('made_by_user_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'result_changes_result_place_fk', columns: [table.resultId, table.placeId], foreignColumns: [results.id, results.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'result_changes_proposal_place_fk', columns: [table.proposalId, table.placeId], foreignColumns: [proposals.id, proposals.placeId] }),
		foreignKey({ name: 'result_changes_to_proposal_place_fk', columns: [table.toProposalId, table.placeId], foreignColumns: [proposals.id, proposals.placeId] }),
		index('result_changes_result_idx').on(table.resultId, table.createdAt),
		check('result_changes_reason_present', sql`length(trim(${table.reason})) > 0`),
		check('result_changes_amount_nonnegative', sql`${table.amountMinor} is null or ${table.amountMinor} >= 0`)
	]
);

export type DecisionStatement = typeof decisionStatements.$inferSelect;
export type ResultChange = typeof resultChanges.$inferSelect;
