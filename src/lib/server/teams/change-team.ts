import { and, count, eq, isNull } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { refuse, type TeamResult } from './teams.errors';
import { invitations, placeMemberships } from './teams.table';
import type { PlaceRole } from '../../teams/place-roles';

type Deps = { db: Database; now: Date };

/**
 * Finds a membership of THIS place (never trusting a membership id from a form to belong to it)
 * and locks it for the change.
 */
async function findMembership(tx: Database, placeId: string, membershipId: string) {
	const [row] = await tx
		.select({ id: placeMemberships.id, role: placeMemberships.role, userId: placeMemberships.userId, email: users.email })
		.from(placeMemberships)
		.innerJoin(users, eq(users.id, placeMemberships.userId))
		.where(and(eq(placeMemberships.id, membershipId), eq(placeMemberships.placeId, placeId)))
		.for('update', { of: placeMemberships });
	return row ?? null;
}

/** A place always keeps a lead: otherwise nobody could run its team and the centre would have to. */
async function wouldLeaveNoLead(tx: Database, placeId: string, membership: { role: PlaceRole }): Promise<boolean> {
	if (membership.role !== 'lead') return false;
	const [{ leads }] = await tx
		.select({ leads: count() })
		.from(placeMemberships)
		.where(and(eq(placeMemberships.placeId, placeId), eq(placeMemberships.role, 'lead')));
	return leads <= 1;
}

export async function changeMemberRole(
	{ db, now }: Deps,
	actor: Person,
	input: { placeId: string; membershipId: string; role: PlaceRole }
): Promise<TeamResult> {
	return db.transaction(async (tx) => {
		const membership = await findMembership(tx, input.placeId, input.membershipId);
		if (!membership) return refuse('member_unknown');
		if (membership.role === input.role) return { ok: true as const };
		if (input.role !== 'lead' && (await wouldLeaveNoLead(tx, input.placeId, membership))) return refuse('last_lead');
		await tx.update(placeMemberships).set({ role: input.role }).where(eq(placeMemberships.id, membership.id));
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'member.role_changed',
			subjectType: 'user',
			subjectId: membership.userId,
			details: { email: membership.email, from: membership.role, to: input.role },
			occurredAt: now
		});
		return { ok: true as const };
	});
}

export async function removeMember({ db, now }: Deps, actor: Person, input: { placeId: string; membershipId: string }): Promise<TeamResult> {
	return db.transaction(async (tx) => {
		const membership = await findMembership(tx, input.placeId, input.membershipId);
		if (!membership) return refuse('member_unknown');
		if (await wouldLeaveNoLead(tx, input.placeId, membership)) return refuse('last_lead');
		await tx.delete(placeMemberships).where(eq(placeMemberships.id, membership.id));
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'member.removed',
			subjectType: 'user',
			subjectId: membership.userId,
			details: { email: membership.email, role: membership.role },
			occurredAt: now
		});
		return { ok: true as const };
	});
}

export async function revokeInvitation({ db, now }: Deps, actor: Person, input: { placeId: string; invitationId: string }): Promise<TeamResult> {
	return db.transaction(async (tx) => {
		const [revoked] = await tx
			.update(invitations)
			.set({ revokedAt: now })
			.where(
				and(
					eq(invitations.id, input.invitationId),
					eq(invitations.placeId, input.placeId),
					isNull(invitations.acceptedAt),
					isNull(invitations.revokedAt)
				)
			)
			.returning({ id: invitations.id, email: invitations.email });
		if (!revoked) return refuse('invitation_invalid');
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'invitation.revoked',
			subjectType: 'invitation',
			subjectId: revoked.id,
			details: { email: revoked.email },
			occurredAt: now
		});
		return { ok: true as const };
	});
}
