import { and, eq, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { users } from '../accounts/accounts.table';
import type { MailSender } from '../accounts/sign-in';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { onSubject, type CommentOn } from './comment-on';
import { comments } from './comments.table';

export type HideCommentResult = { ok: true } | { ok: false; error: 'comment_unknown' };

/**
 * Hides a comment with a reason that is published in its place ("hidden because …"). Nothing is
 * deleted; the change is on the place's audit record, and the author is told by email.
 */
export async function hideComment(
	deps: { db: Database; mailer: MailSender; now: Date },
	actor: Person,
	input: { placeId: string; on: CommentOn; commentId: string; reason: string; locale: Locale }
): Promise<HideCommentResult> {
	const { db, mailer, now } = deps;
	const hidden = await db.transaction(async (tx) => {
		const [comment] = await tx
			.update(comments)
			.set({ hiddenAt: now, hiddenReason: input.reason, updatedAt: now })
			.where(and(eq(comments.id, input.commentId), eq(comments.placeId, input.placeId), onSubject(input.on), isNull(comments.hiddenAt)))
			.returning({ id: comments.id, authorUserId: comments.authorUserId });
		if (!comment) return null;
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'comment.hidden',
			subjectType: 'comment',
			subjectId: comment.id,
			details: { reason: input.reason },
			occurredAt: now
		});
		if (!comment.authorUserId) return { author: null };
		const [author] = await tx.select({ email: users.email }).from(users).where(eq(users.id, comment.authorUserId));
		return { author: author?.email ?? null };
	});
	if (!hidden) return { ok: false, error: 'comment_unknown' };
	// Told after commit, in the moderator's page language (the author's own choice is not stored yet).
	if (hidden.author) {
		await mailer.send({
			to: hidden.author,
			subject: m.comment_email_hidden_subject({}, { locale: input.locale }),
			text: m.comment_email_hidden_body({ reason: input.reason }, { locale: input.locale }),
			purpose: 'comment_hidden'
		});
	}
	return { ok: true };
}
