import { and, eq, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { users } from '../accounts/accounts.table';
import type { MailSender } from '../accounts/sign-in';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { posts } from './posts.table';

export type HideResult = { ok: true } | { ok: false; error: 'post_unknown' };

/**
 * Hides a post with a reason that is published in its place ("hidden because …"). Nothing is
 * deleted; the change is on the place's audit record, and the author is told by email.
 */
export async function hidePost(
	deps: { db: Database; mailer: MailSender; now: Date },
	actor: Person,
	input: { placeId: string; postId: string; reason: string; locale: Locale }
): Promise<HideResult> {
	const { db, mailer, now } = deps;
	const hidden = await db.transaction(async (tx) => {
		const [post] = await tx
			.update(posts)
			.set({ hiddenAt: now, hiddenReason: input.reason, updatedAt: now })
			.where(and(eq(posts.id, input.postId), eq(posts.placeId, input.placeId), isNull(posts.hiddenAt)))
			.returning({ id: posts.id, authorUserId: posts.authorUserId });
		if (!post) return null;
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'post.hidden',
			subjectType: 'post',
			subjectId: post.id,
			details: { reason: input.reason },
			occurredAt: now
		});
		if (!post.authorUserId) return { author: null };
		const [author] = await tx.select({ email: users.email }).from(users).where(eq(users.id, post.authorUserId));
		return { author: author?.email ?? null };
	});
	if (!hidden) return { ok: false, error: 'post_unknown' };
	// Told after commit, in the moderator's page language (the author's own choice is not stored yet).
	if (hidden.author) {
		await mailer.send({
			to: hidden.author,
			subject: m.email_post_hidden_subject({}, { locale: input.locale }),
			text: m.email_post_hidden_body({ reason: input.reason }, { locale: input.locale }),
			purpose: 'post_hidden'
		});
	}
	return { ok: true };
}
