import { and, eq, isNull } from 'drizzle-orm';
import type { PostKind } from '../../discover/post-kinds';
import { checkDiscoverGate } from '../../cycles/phase-gates';
import type { Person } from '../auth/actor';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { consumeRateLimit } from '../platform/rate-limit/consume-rate-limit';
import { postFlags, posts, postSupports } from './posts.table';

/** Per person, across places: plenty for a keen resident, too few to flood a place. */
const POSTS_PER_HOUR = { limit: 20, windowSeconds: 60 * 60 };

export type PostResult =
	| { ok: true; postId: string }
	| { ok: false; error: 'phase_closed' | 'kind_closed' }
	| { ok: false; error: 'rate_limited'; retryAfterSeconds: number };

/** A resident says what matters (a need) or what the area has (an asset), while discover is open. */
export async function postToDiscover(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { cycle: CycleWithPhases; kind: PostKind; body: string; locationText: string | null }
): Promise<PostResult> {
	const gate = checkDiscoverGate(input.cycle, input.kind, now);
	if (!gate.open) return { ok: false, error: gate.reason };
	const limit = await consumeRateLimit(db, { key: `post:user:${actor.userId}`, ...POSTS_PER_HOUR }, now);
	if (!limit.allowed) return { ok: false, error: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };
	const [post] = await db
		.insert(posts)
		.values({
			placeId: input.cycle.placeId,
			cycleId: input.cycle.id,
			kind: input.kind,
			body: input.body,
			locationText: input.locationText,
			authorUserId: actor.userId
		})
		.returning({ id: posts.id });
	return { ok: true, postId: post.id };
}

export type SupportResult = { ok: true } | { ok: false; error: 'phase_closed' | 'kind_closed' | 'post_unknown' };

/** "Me too": once per person, however often (or however fast) they press it. */
export async function supportPost(
	{ db, now }: { db: Database; now: Date },
	actor: Person,
	input: { cycle: CycleWithPhases; postId: string }
): Promise<SupportResult> {
	const gate = checkDiscoverGate(input.cycle, 'support', now);
	if (!gate.open) return { ok: false, error: gate.reason };
	const [post] = await db
		.select({ id: posts.id })
		.from(posts)
		.where(and(eq(posts.id, input.postId), eq(posts.placeId, input.cycle.placeId), eq(posts.cycleId, input.cycle.id), isNull(posts.hiddenAt)))
		.limit(1);
	if (!post) return { ok: false, error: 'post_unknown' };
	await db
		.insert(postSupports)
		.values({ placeId: input.cycle.placeId, postId: post.id, userId: actor.userId })
		.onConflictDoNothing({ target: [postSupports.postId, postSupports.userId] });
	return { ok: true };
}

/** A resident reports a post to the place's moderators: once per person; it hides nothing by itself. */
export async function flagPost(
	{ db }: { db: Database },
	actor: Person,
	input: { placeId: string; cycleId: string; postId: string }
): Promise<{ ok: true } | { ok: false; error: 'post_unknown' }> {
	const [post] = await db
		.select({ id: posts.id })
		.from(posts)
		.where(and(eq(posts.id, input.postId), eq(posts.placeId, input.placeId), eq(posts.cycleId, input.cycleId), isNull(posts.hiddenAt)))
		.limit(1);
	if (!post) return { ok: false, error: 'post_unknown' };
	await db
		.insert(postFlags)
		.values({ placeId: input.placeId, postId: post.id, userId: actor.userId })
		.onConflictDoNothing({ target: [postFlags.postId, postFlags.userId] });
	return { ok: true };
}
