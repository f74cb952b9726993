import { canOpenConversation } from '../../conversation/conversation-gate';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { findConversation } from './conversations.queries';
import { conversations } from './conversations.table';

export type OpenConversationResult = { ok: true; conversationId: string } | { ok: false; error: 'conversation_too_late' | 'conversation_exists' };

/** The team opens the cycle's one conversation, before the ballot is fixed. */
export async function openConversation(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { cycle: CycleWithPhases; topic: string }
): Promise<OpenConversationResult> {
	const { cycle } = input;
	if (!canOpenConversation(cycle, now)) return { ok: false, error: 'conversation_too_late' };
	if (await findConversation(db, cycle)) return { ok: false, error: 'conversation_exists' };
	return db.transaction(async (tx) => {
		const [opened] = await tx
			.insert(conversations)
			.values({ placeId: cycle.placeId, cycleId: cycle.id, topic: input.topic, createdAt: now, updatedAt: now })
			.onConflictDoNothing()
			.returning({ id: conversations.id });
		if (!opened) return { ok: false, error: 'conversation_exists' } as const;
		await recordAuditEvent(tx, {
			placeId: cycle.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'conversation.opened',
			subjectType: 'conversation',
			subjectId: opened.id,
			details: { topic: input.topic },
			occurredAt: now
		});
		return { ok: true, conversationId: opened.id } as const;
	});
}
