import { and, eq, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { users } from '../accounts/accounts.table';
import type { MailSender } from '../accounts/sign-in';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import type { ConversationRef } from './conversations.queries';
import { conversationStatements } from './conversations.table';

export type ModerateResult = { ok: true } | { ok: false; error: 'statement_unknown' };

const statementOf = (conversation: ConversationRef, statementId: string) =>
	and(eq(conversationStatements.id, statementId), eq(conversationStatements.conversationId, conversation.id), eq(conversationStatements.placeId, conversation.placeId), isNull(conversationStatements.hiddenAt));

/** The team publishes a resident's suggestion: from now on everyone is asked it. */
export async function publishStatement({ db, now }: { db: Database; now: Date }, actor: Person, conversation: ConversationRef, statementId: string): Promise<ModerateResult> {
	return db.transaction(async (tx) => {
		const [published] = await tx
			.update(conversationStatements)
			.set({ publishedAt: now })
			.where(and(statementOf(conversation, statementId), isNull(conversationStatements.publishedAt)))
			.returning({ id: conversationStatements.id, body: conversationStatements.body });
		if (!published) return { ok: false, error: 'statement_unknown' } as const;
		await recordAuditEvent(tx, {
			placeId: conversation.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'conversation.statement_published',
			subjectType: 'conversation_statement',
			subjectId: published.id,
			details: { body: published.body },
			occurredAt: now
		});
		return { ok: true } as const;
	});
}

/**
 * Hides a statement (waiting or published) with a reason the public sees in its place. Nothing is
 * deleted; its answers stop counting; the resident who suggested it is told by email.
 */
export async function hideStatement(
	{ db, now, mailer }: { db: Database; now: Date; mailer: MailSender },
	actor: Person,
	conversation: ConversationRef,
	input: { statementId: string; reason: string; locale: Locale }
): Promise<ModerateResult> {
	const author = await db.transaction(async (tx) => {
		const [hidden] = await tx
			.update(conversationStatements)
			.set({ hiddenAt: now, hiddenReason: input.reason })
			.where(statementOf(conversation, input.statementId))
			.returning({ id: conversationStatements.id, writtenBy: conversationStatements.writtenBy, authorUserId: conversationStatements.authorUserId });
		if (!hidden) return undefined;
		await recordAuditEvent(tx, {
			placeId: conversation.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'conversation.statement_hidden',
			subjectType: 'conversation_statement',
			subjectId: hidden.id,
			details: { reason: input.reason },
			occurredAt: now
		});
		if (hidden.writtenBy !== 'resident' || !hidden.authorUserId) return null;
		const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, hidden.authorUserId));
		return user?.email ?? null;
	});
	if (author === undefined) return { ok: false, error: 'statement_unknown' };
	if (author) {
		await mailer.send({
			to: author,
			subject: m.conversation_email_hidden_subject({}, { locale: input.locale }),
			text: m.conversation_email_hidden_body({ reason: input.reason }, { locale: input.locale }),
			purpose: 'conversation_statement_hidden'
		});
	}
	return { ok: true };
}
