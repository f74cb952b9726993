import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { ANSWERS, CONVERSATION_STATUSES, STATEMENT_AUTHORS, STATEMENT_MAX } from '../../conversation/conversation-words';
import { users } from '../accounts/accounts.table';
import { cycles } from '../cycles/cycles.table';
import type { StoredGrouping } from './stored-grouping';

export const conversationStatus = pgEnum('conversation_status', CONVERSATION_STATUSES);
export const statementAuthor = pgEnum('conversation_statement_author', STATEMENT_AUTHORS);
export const conversationAnswer = pgEnum('conversation_answer', ANSWERS);

/**
 * Short statements residents agree or disagree with, one conversation per cycle, opened by the team
 * before the ballot is fixed. `ballotNote` is the team's sentence on how it shaped the ballot.
 */
export const conversations = pgTable(
	'conversations',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		cycleId: uuid('cycle_id').notNull(),
		topic: text('topic').notNull(),
		status: conversationStatus('status').notNull().default('open'),
		ballotNote: text('ballot_note'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'conversations_cycle_place_fk', columns: [table.cycleId, table.placeId], foreignColumns: [cycles.id, cycles.placeId] }).onDelete('cascade'),
		unique('conversations_id_place_unique').on(table.id, table.placeId),
		unique('conversations_cycle_unique').on(table.cycleId)
	]
);

/**
 * A statement: written by the team (published at once) or suggested by a resident (held until the
 * team publishes it). Never deleted: hidden with a public reason, as comments are.
 */
export const conversationStatements = pgTable(
	'conversation_statements',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		conversationId: uuid('conversation_id').notNull(),
		body: text('body').notNull(),
		writtenBy: statementAuthor('written_by').notNull(),
		authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		hiddenAt: timestamp('hidden_at', { withTimezone: true }),
		hiddenReason: text('hidden_reason'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'conversation_statements_conversation_place_fk', columns: [table.conversationId, table.placeId], foreignColumns: [conversations.id, conversations.placeId] }).onDelete('cascade'),
		unique('conversation_statements_id_place_unique').on(table.id, table.placeId),
		index('conversation_statements_conversation_idx').on(table.conversationId, table.createdAt),
		check('conversation_statements_body_length', sql`char_length(${table.body}) between 1 and ${sql.raw(String(STATEMENT_MAX))}`),
		check('conversation_statements_hidden_has_reason', sql`(${table.hiddenAt} is null) = (${table.hiddenReason} is null)`)
	]
);

/** One answer per resident per statement; a later answer replaces it. Shown to nobody but its author. */
export const conversationAnswers = pgTable(
	'conversation_answers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id').notNull(),
		conversationId: uuid('conversation_id').notNull(),
		statementId: uuid('statement_id').notNull(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		answer: conversationAnswer('answer').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'conversation_answers_conversation_place_fk', columns: [table.conversationId, table.placeId], foreignColumns: [conversations.id, conversations.placeId] }).onDelete('cascade'),
		foreignKey({ name: 'conversation_answers_statement_place_fk', columns: [table.statementId, table.placeId], foreignColumns: [conversationStatements.id, conversationStatements.placeId] }).onDelete('cascade'),
		unique('conversation_answers_statement_user_unique').on(table.statementId, table.userId),
		index('conversation_answers_conversation_idx').on(table.conversationId, table.userId)
	]
);

/**
 * The grouping last computed (in a worker): what the results page reads. `answersSeen` and
 * `answersChangedAt` say which answers it was computed from, so a page can tell it is stale.
 */
export const conversationGroupings = pgTable(
	'conversation_groupings',
	{
		conversationId: uuid('conversation_id').primaryKey(),
		placeId: uuid('place_id').notNull(),
		answersSeen: integer('answers_seen').notNull(),
		answersChangedAt: timestamp('answers_changed_at', { withTimezone: true }),
		grouping: jsonb('grouping').$type<StoredGrouping>().notNull(),
		computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		foreignKey({ name: 'conversation_groupings_conversation_place_fk', columns: [table.conversationId, table.placeId], foreignColumns: [conversations.id, conversations.placeId] }).onDelete('cascade')
	]
);

export type Conversation = typeof conversations.$inferSelect;
export type ConversationStatement = typeof conversationStatements.$inferSelect;
