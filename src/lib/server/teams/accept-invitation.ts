import { and, eq, gt, isNull } from 'drizzle-orm';
import { users, type User } from '../accounts/accounts.table';
import { hashPassword } from '../accounts/passwords';
import { createSession } from '../accounts/sessions';
import { hashToken } from '../accounts/tokens';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { refuse, type TeamResult } from './teams.errors';
import { placeHasLead } from './teams.queries';
import { invitations, placeMemberships } from './teams.table';

/** The open invitation behind an emailed link, with its place and whether the invitee has an account. */
export async function findOpenInvitation(db: Database, token: string, now: Date) {
	const [row] = await db
		.select({ invitation: invitations, place: places, existingUser: users })
		.from(invitations)
		.innerJoin(places, eq(places.id, invitations.placeId))
		.leftJoin(users, eq(users.email, invitations.email))
		.where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
		.limit(1);
	return row ?? null;
}

/**
 * Accepts an invitation. Someone new chooses a name and password and is signed in; someone who
 * already has a password must be signed in as the invited address. Single use, even under races.
 */
export async function acceptInvitation(
	{ db, now }: { db: Database; now: Date },
	input: { token: string; signedInUser: User | null; displayName?: string; password?: string }
): Promise<TeamResult<{ placeSlug: string; session?: { token: string; expiresAt: Date } }>> {
	const found = await findOpenInvitation(db, input.token, now);
	if (!found) return refuse('invitation_invalid');
	const { invitation, place, existingUser } = found;
	if (existingUser?.passwordHash && input.signedInUser?.id !== existingUser.id) {
		return refuse(input.signedInUser ? 'invitation_wrong_account' : 'needs_sign_in');
	}
	const passwordHash = existingUser?.passwordHash ? null : await hashPassword(input.password ?? '');
	return db.transaction(async (tx) => {
		// One acceptance at a time per place, so "does it have a lead?" cannot change under us.
		await tx.select({ id: places.id }).from(places).where(eq(places.id, place.id)).for('update');
		// A lead invited by a steward (a new place's first lead, or a hand-over) stands only while the
		// place has no lead: once one has joined, the team is the place's own business.
		if (invitation.role === 'lead' && (await placeHasLead(tx, place.id)) && !(await isLeadOf(tx, place.id, invitation.invitedBy))) {
			return refuse('place_has_lead');
		}
		const [claimed] = await tx
			.update(invitations)
			.set({ acceptedAt: now })
			.where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
			.returning({ id: invitations.id });
		if (!claimed) return refuse('invitation_invalid');
		const user = existingUser ?? (await tx.insert(users).values({ email: invitation.email, emailVerifiedAt: now }).returning())[0];
		const profile = { displayName: input.displayName ?? user.displayName, emailVerifiedAt: user.emailVerifiedAt ?? now };
		await tx.update(users).set(passwordHash ? { ...profile, passwordHash } : profile).where(eq(users.id, user.id));
		await tx
			.insert(placeMemberships)
			.values({ placeId: place.id, userId: user.id, role: invitation.role })
			.onConflictDoUpdate({ target: [placeMemberships.placeId, placeMemberships.userId], set: { role: invitation.role } });
		await recordAuditEvent(tx, {
			placeId: place.id,
			actorUserId: user.id,
			actorLabel: invitation.email,
			action: 'invitation.accepted',
			subjectType: 'invitation',
			subjectId: invitation.id,
			details: { role: invitation.role },
			occurredAt: now
		});
		// A newly set password is a password sign-in; an existing account keeps its own session.
		const session = passwordHash ? await createSession(tx, user.id, now, { signedInWith: 'password' }) : null;
		return {
			ok: true as const,
			placeSlug: place.slug,
			session: session ? { token: session.token, expiresAt: session.session.expiresAt } : undefined
		};
	});
}

async function isLeadOf(db: Database, placeId: string, userId: string | null): Promise<boolean> {
	if (!userId) return false;
	const [row] = await db
		.select({ id: placeMemberships.id })
		.from(placeMemberships)
		.where(and(eq(placeMemberships.placeId, placeId), eq(placeMemberships.userId, userId), eq(placeMemberships.role, 'lead')))
		.limit(1);
	return row !== undefined;
}
