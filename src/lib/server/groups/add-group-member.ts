import { eq } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import { normaliseEmail } from '../accounts/accounts.queries';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import type { GroupRole } from '../../groups/group-roles';
import { refuse, type GroupResult } from './groups.errors';
import { groupMembers } from './groups.table';

/**
 * A group's admin adds someone by email address. Only people who have signed in at least once can
 * be added: we never make an account for someone who has not asked for one, and no email is sent.
 */
export async function addGroupMember(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { groupId: string; email: string; role: GroupRole }
): Promise<GroupResult> {
	const email = normaliseEmail(input.email);
	return db.transaction(async (tx) => {
		const [person] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
		if (!person) return refuse('person_unknown');
		const [added] = await tx
			.insert(groupMembers)
			.values({ groupId: input.groupId, userId: person.id, role: input.role })
			.onConflictDoNothing({ target: [groupMembers.groupId, groupMembers.userId] })
			.returning({ id: groupMembers.id });
		if (!added) return refuse('already_in_group');
		await recordAuditEvent(tx, {
			area: 'accounts',
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'group.member_added',
			subjectType: 'community_group',
			subjectId: input.groupId,
			details: { email, role: input.role },
			occurredAt: now
		});
		return { ok: true as const };
	});
}
