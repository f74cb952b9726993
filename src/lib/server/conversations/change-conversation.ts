import { and, eq } from 'drizzle-orm';
import type { ConversationStatus } from '../../conversation/conversation-words';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import type { ConversationRef } from './conversations.queries';
import { conversations } from './conversations.table';

type Change = { status: ConversationStatus } | { ballotNote: string | null };

/**
 * The team closes or reopens the conversation, or says in a sentence how it shaped the ballot (shown
 * on the cycle's ballot page; empty takes it away). Each change is on the place's audit record.
 */
export async function changeConversation({ db, now }: { db: Database; now: Date }, actor: Person, conversation: ConversationRef, change: Change): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.update(conversations)
			.set({ ...change, updatedAt: now })
			.where(and(eq(conversations.id, conversation.id), eq(conversations.placeId, conversation.placeId)));
		await recordAuditEvent(tx, {
			placeId: conversation.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'status' in change ? `conversation.${change.status === 'open' ? 'reopened' : 'closed'}` : 'conversation.ballot_noted',
			subjectType: 'conversation',
			subjectId: conversation.id,
			details: 'status' in change ? {} : { note: change.ballotNote },
			occurredAt: now
		});
	});
}
