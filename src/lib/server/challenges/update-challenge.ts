import { and, eq } from 'drizzle-orm';
import type { LocalizedText } from '../../localized-text';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { checkLinkablePosts, linkPosts, listLinkedPostIds, unlinkPosts, type LinkRefusal } from './challenge-posts';
import { challenges } from './challenges.table';

export type UpdateChallengeResult = { ok: true } | { ok: false; error: 'challenge_unknown' | LinkRefusal };

/**
 * The team rewrites a challenge and says again which posts it came from: ticked posts are linked,
 * unticked ones unlinked. Only newly linked posts are checked (a post hidden after it was linked
 * stays until the team unticks it, shown as its hidden reason). Published challenges may be edited
 * too — never silently: what changed is on the place's audit record.
 */
export async function updateChallenge(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { placeId: string; cycleId: string; challengeId: string; question: LocalizedText; summary: LocalizedText; postIds: string[] }
): Promise<UpdateChallengeResult> {
	return db.transaction(async (tx) => {
		const [challenge] = await tx
			.select({ id: challenges.id })
			.from(challenges)
			.where(and(eq(challenges.id, input.challengeId), eq(challenges.placeId, input.placeId), eq(challenges.cycleId, input.cycleId)))
			.for('update');
		if (!challenge) return { ok: false, error: 'challenge_unknown' };
		const ref = { placeId: input.placeId, challengeId: challenge.id };
		const linked = new Set(await listLinkedPostIds(tx, ref));
		const wanted = new Set(input.postIds);
		const added = [...wanted].filter((id) => !linked.has(id));
		const removed = [...linked].filter((id) => !wanted.has(id));
		const refusal = await checkLinkablePosts(tx, { placeId: input.placeId, cycleId: input.cycleId, postIds: added });
		if (refusal) return { ok: false, error: refusal };
		await tx.update(challenges).set({ question: input.question, summary: input.summary, updatedAt: now }).where(eq(challenges.id, challenge.id));
		await linkPosts(tx, { ...ref, postIds: added });
		await unlinkPosts(tx, { ...ref, postIds: removed });
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'challenge.updated',
			subjectType: 'challenge',
			subjectId: challenge.id,
			details: { question: input.question, linkedPostIds: added, unlinkedPostIds: removed },
			occurredAt: now
		});
		return { ok: true };
	});
}
