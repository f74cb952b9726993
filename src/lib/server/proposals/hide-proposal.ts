import { and, eq, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { users } from '../accounts/accounts.table';
import type { MailSender } from '../accounts/sign-in';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { proposals } from './proposals.table';

export type HideProposalResult = { ok: true } | { ok: false; error: 'proposal_unknown' };

/**
 * A moderator or the lead hides a proposal with a reason that is published in its place ("hidden
 * because …"). Nothing is deleted; the change is on the place's audit record, and the author (the
 * person who submitted it, also for a group's proposal) is told by email.
 */
export async function hideProposal(
	deps: { db: Database; mailer: MailSender; now: Date },
	actor: Person,
	input: { placeId: string; proposalId: string; reason: string; locale: Locale }
): Promise<HideProposalResult> {
	const { db, mailer, now } = deps;
	const hidden = await db.transaction(async (tx) => {
		const [proposal] = await tx
			.update(proposals)
			.set({ hiddenAt: now, hiddenReason: input.reason, updatedAt: now })
			.where(and(eq(proposals.id, input.proposalId), eq(proposals.placeId, input.placeId), isNull(proposals.hiddenAt)))
			.returning({ id: proposals.id, number: proposals.number, authorUserId: proposals.authorUserId });
		if (!proposal) return null;
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'proposal.hidden',
			subjectType: 'proposal',
			subjectId: proposal.id,
			details: { number: proposal.number, reason: input.reason },
			occurredAt: now
		});
		if (!proposal.authorUserId) return { number: proposal.number, author: null };
		const [author] = await tx.select({ email: users.email }).from(users).where(eq(users.id, proposal.authorUserId));
		return { number: proposal.number, author: author?.email ?? null };
	});
	if (!hidden) return { ok: false, error: 'proposal_unknown' };
	// Told after commit, in the moderator's page language (the author's own choice is not stored yet).
	if (hidden.author) {
		await mailer.send({
			to: hidden.author,
			subject: m.proposal_email_hidden_subject({ number: hidden.number }, { locale: input.locale }),
			text: m.proposal_email_hidden_body({ number: hidden.number, reason: input.reason }, { locale: input.locale }),
			purpose: 'proposal_hidden'
		});
	}
	return { ok: true };
}
