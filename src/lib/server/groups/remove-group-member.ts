import { and, eq } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { refuse, type GroupResult } from './groups.errors';
import { groupMembers } from './groups.table';

/**
 * Takes someone out of a group: an admin removing a member, or a member leaving (the same change;
 * the record says which). The member id is looked up in THIS group, never trusted from the form alone.
 * A group keeps at least one admin, or nobody could run it.
 */
export async function removeGroupMember(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { groupId: string; memberId: string }
): Promise<GroupResult> {
	return db.transaction(async (tx) => {
		// Locks every admin row of the group first, so two admins removing each other at once
		// cannot both pass the "another admin remains" check.
		const admins = await tx
			.select({ id: groupMembers.id })
			.from(groupMembers)
			.where(and(eq(groupMembers.groupId, input.groupId), eq(groupMembers.role, 'admin')))
			.for('update');
		const [member] = await tx
			.select({ id: groupMembers.id, userId: groupMembers.userId, role: groupMembers.role, email: users.email })
			.from(groupMembers)
			.innerJoin(users, eq(users.id, groupMembers.userId))
			.where(and(eq(groupMembers.id, input.memberId), eq(groupMembers.groupId, input.groupId)))
			.for('update', { of: groupMembers });
		if (!member) return refuse('not_in_group');
		if (member.role === 'admin' && admins.length <= 1) return refuse('last_admin');
		await tx.delete(groupMembers).where(eq(groupMembers.id, member.id));
		const left = member.userId === actor.userId;
		await recordAuditEvent(tx, {
			area: 'accounts',
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: left ? 'group.member_left' : 'group.member_removed',
			subjectType: 'community_group',
			subjectId: input.groupId,
			details: { email: member.email, role: member.role },
			occurredAt: now
		});
		return { ok: true as const };
	});
}
