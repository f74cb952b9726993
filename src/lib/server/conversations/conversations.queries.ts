import { and, asc, count, eq, isNotNull, isNull, max, notExists, sql } from 'drizzle-orm';
import type { AnswerWord } from '../../conversation/conversation-words';
import type { Database } from '../platform/db/database';
import { conversationAnswers, conversationGroupings, conversations, conversationStatements, type Conversation, type ConversationStatement } from './conversations.table';

export type ConversationRef = Pick<Conversation, 'id' | 'placeId'>;

/** A cycle's conversation, or null when the team has not opened one. */
export async function findConversation(db: Database, cycle: { id: string; placeId: string }): Promise<Conversation | null> {
	const [row] = await db.select().from(conversations).where(and(eq(conversations.cycleId, cycle.id), eq(conversations.placeId, cycle.placeId)));
	return row ?? null;
}

/** Statements residents answer: published and not hidden. */
export const shownStatement = and(isNotNull(conversationStatements.publishedAt), isNull(conversationStatements.hiddenAt));

const ofConversation = (conversation: ConversationRef) =>
	and(eq(conversationStatements.conversationId, conversation.id), eq(conversationStatements.placeId, conversation.placeId));

export async function listShownStatements(db: Database, conversation: ConversationRef): Promise<Pick<ConversationStatement, 'id' | 'body'>[]> {
	return db
		.select({ id: conversationStatements.id, body: conversationStatements.body })
		.from(conversationStatements)
		.where(and(ofConversation(conversation), shownStatement))
		.orderBy(asc(conversationStatements.publishedAt), asc(conversationStatements.id));
}

/** Every statement, for the team: suggestions waiting, published and hidden ones. */
export async function listStatementsForTeam(db: Database, conversation: ConversationRef): Promise<ConversationStatement[]> {
	// In the order residents are asked them; suggestions by when they came.
	return db
		.select()
		.from(conversationStatements)
		.where(ofConversation(conversation))
		.orderBy(sql`coalesce(${conversationStatements.publishedAt}, ${conversationStatements.createdAt})`, asc(conversationStatements.id));
}

/** The hidden statements with their public reasons. */
export async function listHiddenStatements(db: Database, conversation: ConversationRef) {
	return db
		.select({ id: conversationStatements.id, reason: conversationStatements.hiddenReason })
		.from(conversationStatements)
		.where(and(ofConversation(conversation), isNotNull(conversationStatements.hiddenAt)))
		.orderBy(asc(conversationStatements.hiddenAt));
}

/** The first shown statement this resident has not answered (null when they have answered them all). */
export async function findNextStatement(db: Database, conversation: ConversationRef, userId: string): Promise<{ id: string; body: string } | null> {
	const answered = db
		.select({ one: sql`1` })
		.from(conversationAnswers)
		.where(and(eq(conversationAnswers.statementId, conversationStatements.id), eq(conversationAnswers.userId, userId), eq(conversationAnswers.placeId, conversation.placeId)));
	const [next] = await db
		.select({ id: conversationStatements.id, body: conversationStatements.body })
		.from(conversationStatements)
		.where(and(ofConversation(conversation), shownStatement, notExists(answered)))
		.orderBy(asc(conversationStatements.publishedAt), asc(conversationStatements.id))
		.limit(1);
	return next ?? null;
}

/** This resident's own answers (shown to them alone, so they can change one). */
export async function listOwnAnswers(db: Database, conversation: ConversationRef, userId: string): Promise<{ statementId: string; body: string; answer: AnswerWord }[]> {
	return db
		.select({ statementId: conversationStatements.id, body: conversationStatements.body, answer: conversationAnswers.answer })
		.from(conversationAnswers)
		.innerJoin(conversationStatements, and(eq(conversationStatements.id, conversationAnswers.statementId), eq(conversationStatements.placeId, conversationAnswers.placeId)))
		.where(and(eq(conversationAnswers.conversationId, conversation.id), eq(conversationAnswers.placeId, conversation.placeId), eq(conversationAnswers.userId, userId), shownStatement))
		.orderBy(asc(conversationStatements.publishedAt), asc(conversationStatements.id));
}

/** What the answers to shown statements look like now: enough to tell a stored grouping is stale. */
export async function readAnswerState(db: Database, conversation: ConversationRef): Promise<{ answers: number; changedAt: Date | null }> {
	const [row] = await db
		.select({ answers: count(), changedAt: max(conversationAnswers.updatedAt) })
		.from(conversationAnswers)
		.innerJoin(conversationStatements, and(eq(conversationStatements.id, conversationAnswers.statementId), eq(conversationStatements.placeId, conversationAnswers.placeId)))
		.where(and(eq(conversationAnswers.conversationId, conversation.id), eq(conversationAnswers.placeId, conversation.placeId), shownStatement));
	return { answers: Number(row?.answers ?? 0), changedAt: row?.changedAt ? new Date(row.changedAt) : null };
}

export async function findStoredGrouping(db: Database, conversation: ConversationRef) {
	const [row] = await db
		.select()
		.from(conversationGroupings)
		.where(and(eq(conversationGroupings.conversationId, conversation.id), eq(conversationGroupings.placeId, conversation.placeId)));
	return row ?? null;
}

/** Every answer to a shown statement, ordered by person (the engine wants a stable order). */
export async function listAnswersToGroup(db: Database, conversation: ConversationRef) {
	return db
		.select({ userId: conversationAnswers.userId, statementId: conversationAnswers.statementId, answer: conversationAnswers.answer })
		.from(conversationAnswers)
		.innerJoin(conversationStatements, and(eq(conversationStatements.id, conversationAnswers.statementId), eq(conversationStatements.placeId, conversationAnswers.placeId)))
		.where(and(eq(conversationAnswers.conversationId, conversation.id), eq(conversationAnswers.placeId, conversation.placeId), shownStatement))
		.orderBy(asc(conversationAnswers.userId));
}
