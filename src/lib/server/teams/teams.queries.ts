import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import type { Database } from '../platform/db/database';
import { invitations, placeMemberships } from './teams.table';

export interface TeamMember {
	membershipId: string;
	userId: string;
	email: string;
	displayName: string | null;
	role: (typeof placeMemberships.$inferSelect)['role'];
}

/** The place's team, leads first. */
export async function listTeam(db: Database, placeId: string): Promise<TeamMember[]> {
	return db
		.select({
			membershipId: placeMemberships.id,
			userId: users.id,
			email: users.email,
			displayName: users.displayName,
			role: placeMemberships.role
		})
		.from(placeMemberships)
		.innerJoin(users, eq(users.id, placeMemberships.userId))
		.where(eq(placeMemberships.placeId, placeId))
		.orderBy(asc(placeMemberships.role), asc(users.email));
}

/** Invitations of this place nobody has used or cancelled yet and that have not run out. */
export function listOpenInvitations(db: Database, placeId: string, now: Date) {
	return db
		.select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
		.from(invitations)
		.where(and(eq(invitations.placeId, placeId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
		.orderBy(asc(invitations.createdAt));
}

/** The places a person is on the team of, with their role. */
export function listMembershipsOfUser(db: Database, userId: string) {
	return db
		.select({ placeId: placeMemberships.placeId, role: placeMemberships.role })
		.from(placeMemberships)
		.where(eq(placeMemberships.userId, userId));
}

/** Whether anyone on the place's team is its lead: once one is, a steward cannot change the team. */
export async function placeHasLead(db: Database, placeId: string): Promise<boolean> {
	const [lead] = await db
		.select({ id: placeMemberships.id })
		.from(placeMemberships)
		.where(and(eq(placeMemberships.placeId, placeId), eq(placeMemberships.role, 'lead')))
		.limit(1);
	return lead !== undefined;
}
