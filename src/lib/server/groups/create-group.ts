import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { refuse, type GroupResult } from './groups.errors';
import { communityGroups, groupMembers, type CommunityGroup } from './groups.table';

/**
 * Someone signed in starts a community group and becomes its first admin. Groups are not owned by
 * a place, so the record goes to the 'accounts' chain (the audit module has no area for groups).
 */
export async function createGroup(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { slug: string; name: string; description: string }
): Promise<GroupResult<{ group: CommunityGroup }>> {
	return db.transaction(async (tx) => {
		const [group] = await tx
			.insert(communityGroups)
			.values({ slug: input.slug, name: input.name, description: input.description })
			.onConflictDoNothing({ target: communityGroups.slug })
			.returning();
		if (!group) return refuse('slug_taken');
		await tx.insert(groupMembers).values({ groupId: group.id, userId: actor.userId, role: 'admin' });
		await recordAuditEvent(tx, {
			area: 'accounts',
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'group.created',
			subjectType: 'community_group',
			subjectId: group.id,
			details: { slug: group.slug, name: group.name },
			occurredAt: now
		});
		return { ok: true as const, group };
	});
}
