import { and, eq, isNull } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event';
import type { Person } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { challenges } from './challenges.table';

export type PublishChallengeResult = { ok: true } | { ok: false; error: 'challenge_unknown' | 'challenge_already_published' };

/** The team publishes a draft: from now on every resident sees it and the posts it came from. */
export async function publishChallenge(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { placeId: string; cycleId: string; challengeId: string }
): Promise<PublishChallengeResult> {
	return db.transaction(async (tx) => {
		const where = and(eq(challenges.id, input.challengeId), eq(challenges.placeId, input.placeId), eq(challenges.cycleId, input.cycleId));
		const [published] = await tx
			.update(challenges)
			.set({ publishedAt: now, updatedAt: now })
			.where(and(where, isNull(challenges.publishedAt)))
			.returning({ id: challenges.id, question: challenges.question });
		if (!published) {
			const [exists] = await tx.select({ id: challenges.id }).from(challenges).where(where);
			return { ok: false, error: exists ? 'challenge_already_published' : 'challenge_unknown' };
		}
		await recordAuditEvent(tx, {
			placeId: input.placeId,
			actorUserId: actor.userId,
			actorLabel: actor.email,
			action: 'challenge.published',
			subjectType: 'challenge',
			subjectId: published.id,
			details: { question: published.question },
			occurredAt: now
		});
		return { ok: true };
	});
}
