import { and, eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { baseLocale, isLocale, type Locale } from '$lib/paraglide/runtime';
import { pickText } from '../../localized-text';
import { users } from '../accounts/accounts.table';
import type { MailSender } from '../accounts/sign-in';
import { generateToken, hashToken } from '../accounts/tokens';
import { cycles } from '../cycles/cycles.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { proposals } from '../proposals/proposals.table';
import type { DeliveryRef } from './change-delivery';
import { deliveries, deliveryFollowers } from './delivery.table';

export interface NotifyReport {
	sent: number;
	failed: number;
}

/**
 * Emails every follower of a delivery the update just posted: its words, a link to the project and
 * a link to stop the emails. Called after the update has committed; each email is tried on its
 * own, so one bad address or a mail server that is down fails that email only, never the update.
 *
 * Only a hash of an unsubscribe token is kept, so each email carries a fresh token, and the
 * follower's hash moves to it once the email has gone: the newest email's link always works, and a
 * failed send leaves the last working link as it was.
 *
 * Written in every language the place offers (Welsh first in a Welsh place): we do not know which
 * language each follower reads, and in Wales neither may be treated less favourably.
 */
export async function notifyFollowers(
	{ db, mailer, origin }: { db: Database; mailer: MailSender; origin: string },
	update: DeliveryRef & { body: string }
): Promise<NotifyReport> {
	const [project] = await db
		.select({ number: proposals.number, title: proposals.title, cycleSlug: cycles.slug, placeSlug: places.slug, placeName: places.name, languages: places.languages })
		.from(deliveries)
		.innerJoin(proposals, and(eq(proposals.id, deliveries.proposalId), eq(proposals.placeId, deliveries.placeId)))
		.innerJoin(cycles, and(eq(cycles.id, deliveries.cycleId), eq(cycles.placeId, deliveries.placeId)))
		.innerJoin(places, eq(places.id, deliveries.placeId))
		.where(and(eq(deliveries.id, update.deliveryId), eq(deliveries.placeId, update.placeId)));
	if (!project) return { sent: 0, failed: 0 };
	const followers = await db
		.select({ id: deliveryFollowers.id, email: users.email })
		.from(deliveryFollowers)
		.innerJoin(users, eq(users.id, deliveryFollowers.userId))
		.where(and(eq(deliveryFollowers.deliveryId, update.deliveryId), eq(deliveryFollowers.placeId, update.placeId)));
	const locales: Locale[] = project.languages.filter(isLocale);
	if (locales.length === 0) locales.push(baseLocale);
	const link = `${origin}/places/${project.placeSlug}/cycles/${project.cycleSlug}/deliveries/${project.number}`;

	const report: NotifyReport = { sent: 0, failed: 0 };
	for (const follower of followers) {
		const token = generateToken();
		const words = { link, unsubscribe: `${origin}/delivery-unsubscribe/${token}` };
		try {
			await mailer.send({
				to: follower.email,
				subject: locales.map((locale) => m.delivery_email_subject({ title: project.title }, { locale })).join(' / '),
				// The update once, in the words it was written in; what surrounds it in each language.
				text: [
					locales.map((locale) => m.delivery_email_intro({ title: project.title, place: pickText(project.placeName, locale, project.languages) }, { locale })).join('\n'),
					update.body,
					locales.map((locale) => m.delivery_email_links(words, { locale })).join('\n\n')
				].join('\n\n'),
				purpose: 'delivery_update'
			});
			await db.update(deliveryFollowers).set({ unsubscribeTokenHash: hashToken(token) }).where(eq(deliveryFollowers.id, follower.id));
			report.sent += 1;
		} catch (error) {
			report.failed += 1;
			// The address stays out of the log: it is personal data; the follower id finds it if needed.
			console.error(`delivery update email to follower ${follower.id} failed`, error instanceof Error ? error.message : error);
		}
	}
	return report;
}
