import { and, eq, gt, isNull } from 'drizzle-orm';
import { checkCoCreateGate, type CoCreateRefusal } from '../../cycles/co-create-gate';
import { hashToken } from '../accounts/tokens';
import type { Person } from '../auth/actor';
import { findPublishedCycle } from '../cycles/cycles.queries';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { proposalCoauthors, proposals } from './proposals.table';

/** The open invitation behind an emailed link, with what the page needs to say what it is for. */
export async function findOpenCoauthorInvitation(db: Database, token: string, now: Date) {
	const [row] = await db
		.select({
			invitationId: proposalCoauthors.id,
			invitedEmail: proposalCoauthors.invitedEmail,
			proposalId: proposals.id,
			number: proposals.number,
			title: proposals.title,
			placeId: places.id,
			placeSlug: places.slug,
			placeName: places.name,
			placeLanguages: places.languages,
			cycleSlug: cycles.slug
		})
		.from(proposalCoauthors)
		.innerJoin(proposals, and(eq(proposals.id, proposalCoauthors.proposalId), eq(proposals.placeId, proposalCoauthors.placeId)))
		.innerJoin(places, eq(places.id, proposals.placeId))
		.innerJoin(cycles, and(eq(cycles.id, proposals.cycleId), eq(cycles.placeId, proposals.placeId)))
		.where(and(eq(proposalCoauthors.tokenHash, hashToken(token)), isNull(proposalCoauthors.acceptedAt), gt(proposalCoauthors.expiresAt, now)))
		.limit(1);
	return row ?? null;
}

export type AcceptCoauthorResult =
	| { ok: true; placeSlug: string; cycleSlug: string; number: number }
	| { ok: false; error: CoCreateRefusal | 'invitation_invalid' | 'invitation_wrong_account' };

/**
 * The invited person, signed in as the address the link was sent to, becomes a co-author and may
 * edit the proposal. Single use, even when the link is opened twice at once; only while the
 * place still has co-authoring on.
 */
export async function acceptCoauthorInvitation({ db, now }: { db: Database; now: Date }, actor: Person, token: string): Promise<AcceptCoauthorResult> {
	const found = await findOpenCoauthorInvitation(db, token, now);
	if (!found) return { ok: false, error: 'invitation_invalid' };
	if (found.invitedEmail !== actor.email.toLowerCase()) return { ok: false, error: 'invitation_wrong_account' };
	const cycle = await findPublishedCycle(db, found.placeId, found.cycleSlug);
	const gate = cycle ? checkCoCreateGate(cycle, { action: 'accept_coauthor' }, now) : null;
	if (!gate?.open) return { ok: false, error: gate?.reason ?? 'phase_closed' };
	return db.transaction(async (tx): Promise<AcceptCoauthorResult> => {
		// Already an editor through an earlier link: this link is used up, nothing else changes.
		const [already] = await tx
			.select({ id: proposalCoauthors.id })
			.from(proposalCoauthors)
			.where(and(eq(proposalCoauthors.proposalId, found.proposalId), eq(proposalCoauthors.userId, actor.userId)))
			.limit(1);
		const [claimed] = await tx
			.update(proposalCoauthors)
			.set(already ? { expiresAt: now } : { acceptedAt: now, userId: actor.userId })
			.where(and(eq(proposalCoauthors.id, found.invitationId), isNull(proposalCoauthors.acceptedAt), gt(proposalCoauthors.expiresAt, now)))
			.returning({ id: proposalCoauthors.id });
		if (!claimed) return { ok: false, error: 'invitation_invalid' };
		return { ok: true, placeSlug: found.placeSlug, cycleSlug: found.cycleSlug, number: found.number };
	});
}
