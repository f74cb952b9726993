import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { refuse, type GroupResult } from './groups.errors';
import { communityGroups } from './groups.table';

/** A group's admin changes how the group describes itself. The web address stays, so links keep working. */
export async function updateGroup(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { groupId: string; name: string; description: string }
): Promise<GroupResult> {
	return db.transaction(async (tx) => {
		const [before] = await tx
			.select({ name: communityGroups.name })
			.from(communityGroups)
			.where(eq(communityGroups.id, input.groupId))
			.for('update');
		if (!before) return refuse('group_unknown');
		await tx.update(communityGroups).set({ name: input.name, description: input.description }).where(eq(communityGroups.id, input.groupId));
		await recordAuditEvent(tx, {
			area: 'accounts',
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'group.updated',
			subjectType: 'community_group',
			subjectId: input.groupId,
			details: { from: before.name, to: input.name },
			occurredAt: now
		});
		return { ok: true as const };
	});
}
