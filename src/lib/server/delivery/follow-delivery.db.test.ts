import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { phases } from '../cycles/cycles.table';
import { createMailer } from '../platform/mail/create-mailer';
import { MailError } from '../platform/mail/mail.errors';
import { outboxMessages } from '../platform/mail/mail.table';
import { findServablePhoto } from '../photos/photos.queries';
import { processPhoto } from '../photos/process-photo';
import { makePhoneJpeg } from '../testing/photos';
import { seedCountedPlace } from '../testing/delivery';
import { loadDeliveryDetails } from './delivery.queries';
import { deliveries, deliveryUpdates } from './delivery.table';
import { ensureDeliveries } from './ensure-deliveries';
import { findFollowByToken, followDelivery, isFollowing, unfollowByToken, unfollowDelivery } from './follow-delivery';
import { postDeliveryUpdate } from './post-delivery-update';

const now = new Date('2026-03-10T12:00:00Z');
const origin = 'https://placecraft.example';

describe.each(testDatabases())('following a delivery by email on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let here: Awaited<ReturnType<typeof seedCountedPlace>>;
	let target: { placeId: string; deliveryId: string };
	let resident: Person;
	const inbox = () => handle.db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, 'kim@example.org')).orderBy(outboxMessages.createdAt, outboxMessages.id);
	const post = (body: string, mailer = createMailer({ from: 'Placecraft <no-reply@placecraft.example>' }, handle.db)) =>
		postDeliveryUpdate({ db: handle.db, now, mailer, origin }, here.lead, target, { body, language: 'en', upload: null });
	const tokenIn = (text: string) => text.match(/\/delivery-unsubscribe\/([a-z2-7]+)/)![1];

	beforeAll(async () => {
		handle = await open();
		here = await seedCountedPlace(handle.db, 'here');
		await ensureDeliveries({ db: handle.db, now }, here.cycle);
		const [delivery] = await handle.db.select().from(deliveries).where(eq(deliveries.proposalId, here.proposalIds[0]));
		target = { placeId: here.place.id, deliveryId: delivery.id };
		const [user] = await handle.db.insert(users).values({ email: 'kim@example.org' }).returning();
		resident = { kind: 'person', userId: user.id, email: user.email, displayName: null, isSteward: false, roles: {} };
	});
	afterAll(() => handle.close());

	it('emails a follower exactly once per update, with the words, the project and a link to stop', async () => {
		expect(await followDelivery(handle.db, resident, target)).toEqual({ ok: true });
		expect(await followDelivery(handle.db, resident, target)).toEqual({ ok: true });
		expect(await isFollowing(handle.db, resident, target)).toBe(true);

		expect(await post('The first lights are up by the footbridge.')).toMatchObject({ ok: true, notified: { sent: 1, failed: 0 } });
		const [first] = await inbox();
		expect(first).toMatchObject({ subject: 'News on “Lights”', purpose: 'delivery_update' });
		expect(first.textBody).toContain('The first lights are up by the footbridge.');
		expect(first.textBody).toContain(`${origin}/places/here/cycles/counted/deliveries/1`);
		expect(await findFollowByToken(handle.db, tokenIn(first.textBody))).toEqual({ title: 'Lights', language: 'en' });

		await post('All the lights are up.');
		const messages = await inbox();
		expect(messages).toHaveLength(2);
		// Only a hash is kept, so each email brings a fresh link; the newest is the one that works.
		expect(await findFollowByToken(handle.db, tokenIn(first.textBody))).toBeNull();
		expect(await unfollowByToken(handle.db, tokenIn(messages[1].textBody))).toBe(true);
		expect(await isFollowing(handle.db, resident, target)).toBe(false);

		expect(await post('They switch on at dusk.')).toMatchObject({ ok: true, notified: { sent: 0 } });
		expect(await inbox()).toHaveLength(2);
	});

	it('stops from the project page too, and an unknown link stops nothing', async () => {
		await followDelivery(handle.db, resident, target);
		expect(await unfollowByToken(handle.db, 'notarealtokennotarealtoken')).toBe(false);
		expect(await unfollowByToken(handle.db, '../../etc')).toBe(false);
		await unfollowDelivery(handle.db, resident, target);
		expect(await isFollowing(handle.db, resident, target)).toBe(false);
	});

	it('keeps the update when the mail server fails', async () => {
		await followDelivery(handle.db, resident, target);
		const broken = {
			send: async () => {
				throw new MailError('mail_send_failed', 'down');
			}
		};
		expect(await post('Posted while the mail server was down.', broken)).toMatchObject({ ok: true, notified: { sent: 0, failed: 1 } });
		const saved = await handle.db.select().from(deliveryUpdates).where(and(eq(deliveryUpdates.deliveryId, target.deliveryId), eq(deliveryUpdates.body, 'Posted while the mail server was down.')));
		expect(saved).toHaveLength(1);
		await unfollowDelivery(handle.db, resident, target);
	});

	it('shows an update’s photo with its description, served like any public photo', async () => {
		const processed = await processPhoto(await makePhoneJpeg());
		if (!processed.ok) throw new Error(processed.error);
		const mailer = createMailer({ from: 'Placecraft <no-reply@placecraft.example>' }, handle.db);
		const posted = await postDeliveryUpdate({ db: handle.db, now: new Date('2026-03-11T12:00:00Z'), mailer, origin }, here.lead, target, {
			body: 'With a photo',
			language: 'en',
			upload: { photo: processed.photo, altText: 'A lamp post beside the path' }
		});
		expect(posted.ok).toBe(true);
		const details = await loadDeliveryDetails(handle.db, target);
		const update = details.updates.find((u) => u.body === 'With a photo')!;
		expect(update.photos).toEqual([expect.objectContaining({ altText: 'A lamp post beside the path' })]);
		// Updates are listed newest first.
		expect(details.updates[0].body).toBe('With a photo');
		expect(await findServablePhoto(handle.db, { photoId: update.photos[0].id, size: 'small' })).toMatchObject({ contentType: 'image/webp' });
	});

	it('is refused when the place lets nobody follow its projects by email, and allowed again when it does', async () => {
		const [other] = await handle.db.insert(users).values({ email: 'sam@example.org' }).returning();
		const sam: Person = { kind: 'person', userId: other.id, email: other.email, displayName: null, isSteward: false, roles: {} };
		const [implement] = await handle.db
			.insert(phases)
			.values({ placeId: here.place.id, cycleId: here.cycle.id, kind: 'implement', position: 4, settings: { followers: 'nobody' } })
			.returning({ id: phases.id });
		expect(await followDelivery(handle.db, sam, target)).toEqual({ ok: false, error: 'follow_off' });
		expect(await isFollowing(handle.db, sam, target)).toBe(false);
		await handle.db.update(phases).set({ settings: { followers: 'anyone_signed_in' } }).where(eq(phases.id, implement.id));
		expect(await followDelivery(handle.db, sam, target)).toEqual({ ok: true });
		expect(await isFollowing(handle.db, sam, target)).toBe(true);
	});
});
