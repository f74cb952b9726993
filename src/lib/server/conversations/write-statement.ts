import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import type { ConversationRef } from './conversations.queries';
import { conversationStatements } from './conversations.table';

/** A statement the team writes: residents see it at once. */
export async function writeTeamStatement({ db, now }: { db: Database; now: Date }, actor: Person, conversation: ConversationRef, body: string): Promise<string> {
	return db.transaction(async (tx) => {
		const [written] = await tx
			.insert(conversationStatements)
			.values({ placeId: conversation.placeId, conversationId: conversation.id, body, writtenBy: 'team', authorUserId: actor.userId, publishedAt: now, createdAt: now })
			.returning({ id: conversationStatements.id });
		await recordAuditEvent(tx, {
			placeId: conversation.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'conversation.statement_written',
			subjectType: 'conversation_statement',
			subjectId: written.id,
			details: { body },
			occurredAt: now
		});
		return written.id;
	});
}

/** A resident's suggestion: held until the team publishes it (or hides it with a reason). */
export async function suggestStatement({ db, now }: { db: Database; now: Date }, resident: Person, conversation: ConversationRef, body: string): Promise<string> {
	const [suggested] = await db
		.insert(conversationStatements)
		.values({ placeId: conversation.placeId, conversationId: conversation.id, body, writtenBy: 'resident', authorUserId: resident.userId, createdAt: now })
		.returning({ id: conversationStatements.id });
	return suggested.id;
}
