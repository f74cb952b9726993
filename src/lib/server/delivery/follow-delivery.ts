import { and, eq } from 'drizzle-orm';
import { generateToken, hashToken } from '../accounts/tokens';
import type { Person } from '../auth/actor';
import { loadPhaseSettings } from '../cycles/phase-settings';
import type { Database } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import type { DeliveryRef } from './change-delivery';
import { canOnDelivery } from './delivery.permissions';
import { deliveries, deliveryFollowers } from './delivery.table';

export type FollowResult = { ok: true } | { ok: false; error: 'forbidden' | 'delivery_unknown' | 'follow_off' };

/**
 * A signed-in person asks to hear about a project by email, when the place lets people follow its
 * projects (its implement phase's `followers`). Pressing it twice keeps one follow.
 * The unsubscribe hash starts from a token nobody is given: every email brings its own
 * (notifyFollowers), and until the first one there is no link to use.
 */
export async function followDelivery(db: Database, actor: Person, target: DeliveryRef): Promise<FollowResult> {
	if (!canOnDelivery(actor, 'delivery.follow', { placeId: target.placeId })) return { ok: false, error: 'forbidden' };
	const [delivery] = await db
		.select({ id: deliveries.id, cycleId: deliveries.cycleId })
		.from(deliveries)
		.where(and(eq(deliveries.id, target.deliveryId), eq(deliveries.placeId, target.placeId)));
	if (!delivery) return { ok: false, error: 'delivery_unknown' };
	if (!(await followingAllowed(db, { id: delivery.cycleId, placeId: target.placeId }))) return { ok: false, error: 'follow_off' };
	await db
		.insert(deliveryFollowers)
		.values({ placeId: target.placeId, deliveryId: delivery.id, userId: actor.userId, unsubscribeTokenHash: hashToken(generateToken()) })
		.onConflictDoNothing({ target: [deliveryFollowers.deliveryId, deliveryFollowers.userId] });
	return { ok: true };
}

/** Whether the cycle's team lets residents follow its projects by email (a cycle without an implement phase keeps the default: yes). */
export async function followingAllowed(db: Database, cycle: { id: string; placeId: string }): Promise<boolean> {
	const settings = await loadPhaseSettings(db, cycle, 'implement');
	return (settings?.followers ?? 'anyone_signed_in') === 'anyone_signed_in';
}

/** Stops the emails for this person, from the project's page. */
export async function unfollowDelivery(db: Database, actor: Person, target: DeliveryRef): Promise<void> {
	await db
		.delete(deliveryFollowers)
		.where(and(eq(deliveryFollowers.deliveryId, target.deliveryId), eq(deliveryFollowers.placeId, target.placeId), eq(deliveryFollowers.userId, actor.userId)));
}

export async function isFollowing(db: Database, actor: { kind: string; userId?: string }, target: DeliveryRef): Promise<boolean> {
	if (actor.kind !== 'person' || !actor.userId) return false;
	const [row] = await db
		.select({ id: deliveryFollowers.id })
		.from(deliveryFollowers)
		.where(and(eq(deliveryFollowers.deliveryId, target.deliveryId), eq(deliveryFollowers.placeId, target.placeId), eq(deliveryFollowers.userId, actor.userId)));
	return Boolean(row);
}

/** The project an emailed unsubscribe link is for, or null when the link is unknown or out of date. */
export async function findFollowByToken(db: Database, token: string): Promise<{ title: string; language: string } | null> {
	if (!/^[a-z2-7]{16,64}$/.test(token)) return null;
	const [row] = await db
		.select({ title: proposals.title, language: proposals.language })
		.from(deliveryFollowers)
		.innerJoin(deliveries, and(eq(deliveries.id, deliveryFollowers.deliveryId), eq(deliveries.placeId, deliveryFollowers.placeId)))
		.innerJoin(proposals, and(eq(proposals.id, deliveries.proposalId), eq(proposals.placeId, deliveries.placeId)))
		.where(eq(deliveryFollowers.unsubscribeTokenHash, hashToken(token)));
	return row ?? null;
}

/** Stops the emails from the link in one of them; no sign-in needed, the link is the proof. */
export async function unfollowByToken(db: Database, token: string): Promise<boolean> {
	if (!/^[a-z2-7]{16,64}$/.test(token)) return false;
	const removed = await db.delete(deliveryFollowers).where(eq(deliveryFollowers.unsubscribeTokenHash, hashToken(token))).returning({ id: deliveryFollowers.id });
	return removed.length > 0;
}
