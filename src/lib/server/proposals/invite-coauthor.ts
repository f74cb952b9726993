import { and, eq, gt, isNull } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { checkCoCreateGate, type CoCreateRefusal } from '../../cycles/co-create-gate';
import { pickText as pickPlaceText } from '../../localized-text';
import { users } from '../accounts/accounts.table';
import type { MailSender } from '../accounts/sign-in';
import { generateToken, hashToken } from '../accounts/tokens';
import { normaliseEmail } from '../accounts/accounts.queries';
import type { Person } from '../auth/actor';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import type { Place } from '../places/places.table';
import { proposalCoauthors, proposals } from './proposals.table';

const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export type InviteCoauthorResult = { ok: true } | { ok: false; error: CoCreateRefusal | 'proposal_unknown' | 'already_coauthor' };

/**
 * An editor invites someone by email to write a proposal with them, where the place has co-authoring
 * on. The link carries a token; only its hash is kept. A newer invitation to the same address
 * replaces the older one, so only the newest link works.
 */
export async function inviteCoauthor(
	deps: { db: Database; mailer: MailSender; now: Date; origin: string },
	actor: Person,
	input: { place: Place; cycle: CycleWithPhases; proposalId: string; email: string; locale: Locale }
): Promise<InviteCoauthorResult> {
	const { db, mailer, now, origin } = deps;
	const { place, cycle } = input;
	const gate = checkCoCreateGate(cycle, { action: 'invite_coauthor' }, now);
	if (!gate.open) return { ok: false, error: gate.reason };
	const email = normaliseEmail(input.email);
	const token = generateToken();
	const result = await db.transaction(async (tx) => {
		const [proposal] = await tx
			.select({ id: proposals.id, number: proposals.number, title: proposals.title, authorEmail: users.email })
			.from(proposals)
			.leftJoin(users, eq(users.id, proposals.authorUserId))
			.where(and(eq(proposals.id, input.proposalId), eq(proposals.placeId, place.id), eq(proposals.cycleId, cycle.id), isNull(proposals.hiddenAt)))
			.limit(1);
		if (!proposal) return { ok: false as const, error: 'proposal_unknown' as const };
		const [already] = await tx
			.select({ id: proposalCoauthors.id })
			.from(proposalCoauthors)
			.innerJoin(users, eq(users.id, proposalCoauthors.userId))
			.where(and(eq(proposalCoauthors.proposalId, proposal.id), eq(proposalCoauthors.placeId, place.id), eq(users.email, email)))
			.limit(1);
		if (already || proposal.authorEmail === email) return { ok: false as const, error: 'already_coauthor' as const };
		await tx
			.update(proposalCoauthors)
			.set({ expiresAt: now })
			.where(and(eq(proposalCoauthors.proposalId, proposal.id), eq(proposalCoauthors.placeId, place.id), eq(proposalCoauthors.invitedEmail, email), isNull(proposalCoauthors.acceptedAt), gt(proposalCoauthors.expiresAt, now)));
		await tx.insert(proposalCoauthors).values({
			placeId: place.id,
			proposalId: proposal.id,
			invitedEmail: email,
			tokenHash: hashToken(token),
			invitedByUserId: actor.userId,
			expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
			createdAt: now
		});
		return { ok: true as const, proposal };
	});
	if (!result.ok) return result;
	// Sent after commit: a rolled-back invitation never reaches anyone's inbox.
	const { locale } = input;
	const inviter = actor.displayName?.trim() || actor.email;
	await mailer.send({
		to: email,
		subject: m.proposal_email_coauthor_subject({ number: result.proposal.number }, { locale }),
		text: m.proposal_email_coauthor_body(
			{ inviter, title: result.proposal.title, place: pickPlaceText(place.name, locale, place.languages), link: `${origin}/proposal-invitations/${token}` },
			{ locale }
		),
		purpose: 'proposal_coauthor_invitation'
	});
	return { ok: true };
}
