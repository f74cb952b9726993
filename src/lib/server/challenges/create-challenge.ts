import type { LocalizedText } from '../../localized-text';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { checkLinkablePosts, linkPosts, type LinkRefusal } from './challenge-posts';
import { challenges } from './challenges.table';

export type CreateChallengeResult = { ok: true; challengeId: string } | { ok: false; error: LinkRefusal };

/**
 * The place team writes a "How might we …?" from the posts it came from. It starts as a draft that
 * only the team sees; publishing is a separate, deliberate step. On the place's audit record.
 */
export async function createChallenge(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { placeId: string; cycleId: string; question: LocalizedText; summary: LocalizedText; postIds: string[] }
): Promise<CreateChallengeResult> {
	return db.transaction(async (tx) => {
		const refusal = await checkLinkablePosts(tx, input);
		if (refusal) return { ok: false, error: refusal };
		const [challenge] = await tx
			.insert(challenges)
			.values({
				placeId: input.placeId,
				cycleId: input.cycleId,
				question: input.question,
				summary: input.summary,
				createdByUserId: actor.userId,
				createdAt: now,
				updatedAt: now
			})
			.returning({ id: challenges.id });
		await linkPosts(tx, { placeId: input.placeId, challengeId: challenge.id, postIds: input.postIds });
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'challenge.created',
			subjectType: 'challenge',
			subjectId: challenge.id,
			details: { question: input.question, postIds: input.postIds },
			occurredAt: now
		});
		return { ok: true, challengeId: challenge.id };
	});
}
