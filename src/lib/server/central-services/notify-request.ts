import { and, eq, inArray } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { baseLocale, isLocale, type Locale } from '$lib/paraglide/runtime';
import { pickText } from '../../localized-text';
import { users } from '../accounts/accounts.table';
import type { MailSender } from '../accounts/sign-in';
import type { Database } from '../platform/db/database';
import { placeMemberships } from '../teams/teams.table';
import { centralServiceResponders } from './central-services.table';
import { loadRequest } from './central-services.queries';
import type { RequestAnswer } from '../../central-services/request-statuses';

type Deps = { db: Database; mailer: MailSender; origin: string };

const answerWords: Record<RequestAnswer, (locale: Locale) => string> = {
	accepted: (locale) => m.central_services_status_accepted({}, { locale }),
	done: (locale) => m.central_services_status_done({}, { locale }),
	cannot_do: (locale) => m.central_services_status_cannot_do({}, { locale })
};

/**
 * Sends one email to each address, in every language the place offers (as delivery news does: we do
 * not know which each reader reads). Called after the change committed; a failed email is logged and
 * counted, never undoes the change.
 */
async function sendToEach(mailer: MailSender, to: string[], compose: (locale: Locale) => { subject: string; text: string }, locales: Locale[], purpose: string) {
	let failed = 0;
	for (const address of to) {
		try {
			const parts = locales.map(compose);
			await mailer.send({ to: address, subject: parts.map((p) => p.subject).join(' / '), text: parts.map((p) => p.text).join('\n\n---\n\n'), purpose });
		} catch (error) {
			failed += 1;
			console.error(`${purpose} email failed`, error instanceof Error ? error.message : error);
		}
	}
	return { sent: to.length - failed, failed };
}

async function requestWithLocales(db: Database, placeId: string, requestId: string) {
	const loaded = await loadRequest(db, placeId, requestId);
	if (!loaded) return null;
	const locales: Locale[] = loaded.request.placeLanguages.filter(isLocale);
	if (locales.length === 0) locales.push(baseLocale);
	return { ...loaded, locales };
}

/** To the service's people: a place has asked for something. */
export async function notifyServiceOfRequest({ db, mailer, origin }: Deps, placeId: string, requestId: string) {
	const loaded = await requestWithLocales(db, placeId, requestId);
	if (!loaded) return { sent: 0, failed: 0 };
	const { request, locales } = loaded;
	const people = await db
		.select({ email: users.email })
		.from(centralServiceResponders)
		.innerJoin(users, eq(users.id, centralServiceResponders.userId))
		.where(eq(centralServiceResponders.serviceId, request.serviceId));
	const link = `${origin}/places/${request.placeSlug}/requests/${request.id}`;
	return sendToEach(
		mailer,
		people.map((p) => p.email),
		(locale) => {
			const words = { place: pickText(request.placeName, locale, request.placeLanguages), service: pickText(request.serviceName, locale) };
			return {
				subject: m.central_services_email_request_subject(words, { locale }),
				text: m.central_services_email_request_body({ ...words, need: request.need, neededBy: request.neededBy, link }, { locale })
			};
		},
		locales,
		'service_request'
	);
}

/** To the place's lead and team members: the service has answered their request. */
export async function notifyPlaceOfAnswer({ db, mailer, origin }: Deps, placeId: string, requestId: string, answer: RequestAnswer) {
	const loaded = await requestWithLocales(db, placeId, requestId);
	if (!loaded) return { sent: 0, failed: 0 };
	const { request, locales, steps } = loaded;
	const team = await db
		.select({ email: users.email })
		.from(placeMemberships)
		.innerJoin(users, eq(users.id, placeMemberships.userId))
		.where(and(eq(placeMemberships.placeId, placeId), inArray(placeMemberships.role, ['lead', 'team_member'])));
	const link = `${origin}/places/${request.placeSlug}/requests/${request.id}`;
	const said = steps[steps.length - 1]?.words ?? '';
	return sendToEach(
		mailer,
		team.map((p) => p.email),
		(locale) => {
			const service = pickText(request.serviceName, locale);
			return {
				subject: m.central_services_email_answer_subject({ service }, { locale }),
				text: m.central_services_email_answer_body({ service, need: request.need, answer: answerWords[answer](locale), words: said, link }, { locale })
			};
		},
		locales,
		'service_request_answered'
	);
}
