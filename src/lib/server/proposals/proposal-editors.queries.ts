import { and, asc, eq, sql } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import type { Database } from '../platform/db/database';
import { rowsOf } from '../platform/db/rows';
import { communityGroups, groupMembers } from '../groups/groups.table';
import { proposalCoauthors, proposals } from './proposals.table';

/**
 * Who may edit a proposal: its author, its accepted co-authors and, for a group's proposal, the
 * group's admins. One query; canOnProposal('proposal.edit') takes the list.
 */
export async function findEditorUserIds(db: Database, input: { placeId: string; proposalId: string }): Promise<string[]> {
	const result = await db.execute(sql`
		select ${proposals.authorUserId} as user_id from ${proposals}
			where ${proposals.id} = ${input.proposalId} and ${proposals.placeId} = ${input.placeId} and ${proposals.authorUserId} is not null
		union
		select ${proposalCoauthors.userId} from ${proposalCoauthors}
			where ${proposalCoauthors.proposalId} = ${input.proposalId} and ${proposalCoauthors.placeId} = ${input.placeId} and ${proposalCoauthors.acceptedAt} is not null
		union
		select ${groupMembers.userId} from ${groupMembers}
			join ${proposals} on ${proposals.groupId} = ${groupMembers.groupId}
			where ${proposals.id} = ${input.proposalId} and ${proposals.placeId} = ${input.placeId} and ${groupMembers.role} = 'admin'`);
	return rowsOf<{ user_id: string }>(result).map((row) => row.user_id);
}

export interface Coauthor {
	/** The name they chose; null when they have none. */
	name: string | null;
	/** Only for invitations not yet accepted, and only shown to the proposal's editors. */
	invitedEmail: string | null;
	accepted: boolean;
}

/** A proposal's co-authors (accepted first), and the invitations still open. */
export async function listCoauthors(db: Database, input: { placeId: string; proposalId: string; now: Date }): Promise<Coauthor[]> {
	const rows = await db
		.select({ displayName: users.displayName, invitedEmail: proposalCoauthors.invitedEmail, acceptedAt: proposalCoauthors.acceptedAt, expiresAt: proposalCoauthors.expiresAt })
		.from(proposalCoauthors)
		.leftJoin(users, eq(users.id, proposalCoauthors.userId))
		.where(and(eq(proposalCoauthors.placeId, input.placeId), eq(proposalCoauthors.proposalId, input.proposalId)))
		.orderBy(asc(proposalCoauthors.createdAt));
	return rows
		.filter((row) => row.acceptedAt || row.expiresAt > input.now)
		.map((row) => ({ name: row.acceptedAt ? row.displayName : null, invitedEmail: row.acceptedAt ? null : row.invitedEmail, accepted: Boolean(row.acceptedAt) }))
		.sort((a, b) => Number(b.accepted) - Number(a.accepted));
}

/** The groups a person may submit for ("submit as"): those they are an admin of. */
export async function listGroupsAdministeredBy(db: Database, userId: string) {
	return db
		.select({ id: communityGroups.id, name: communityGroups.name, slug: communityGroups.slug })
		.from(groupMembers)
		.innerJoin(communityGroups, eq(communityGroups.id, groupMembers.groupId))
		.where(and(eq(groupMembers.userId, userId), eq(groupMembers.role, 'admin')))
		.orderBy(asc(communityGroups.name));
}

