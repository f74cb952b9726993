import { and, eq } from 'drizzle-orm';
import type { AnswerWord } from '../../conversation/conversation-words';
import type { Database } from '../platform/db/database';
import { shownStatement, type ConversationRef } from './conversations.queries';
import { conversationAnswers, conversationStatements } from './conversations.table';

export type AnswerResult = { ok: true } | { ok: false; error: 'statement_unknown' };

/**
 * Records a resident's answer to a shown statement of this conversation. One answer per person per
 * statement, held by a unique key even when two submits race: a second answer replaces the first.
 */
export async function answerStatement(
	{ db, now }: { db: Database; now: Date },
	conversation: ConversationRef,
	input: { userId: string; statementId: string; answer: AnswerWord }
): Promise<AnswerResult> {
	const [statement] = await db
		.select({ id: conversationStatements.id })
		.from(conversationStatements)
		.where(and(eq(conversationStatements.id, input.statementId), eq(conversationStatements.conversationId, conversation.id), eq(conversationStatements.placeId, conversation.placeId), shownStatement));
	if (!statement) return { ok: false, error: 'statement_unknown' };
	await db
		.insert(conversationAnswers)
		.values({ placeId: conversation.placeId, conversationId: conversation.id, statementId: statement.id, userId: input.userId, answer: input.answer, updatedAt: now })
		.onConflictDoUpdate({ target: [conversationAnswers.statementId, conversationAnswers.userId], set: { answer: input.answer, updatedAt: now } });
	return { ok: true };
}
