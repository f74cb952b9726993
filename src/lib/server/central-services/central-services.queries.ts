import { and, asc, count, desc, eq, min, sql, type SQL } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import { centralServiceResponders, centralServices, serviceRequestAnswers, serviceRequests, type CentralService } from './central-services.table';
import type { RequestStep, RequestSummary } from '../../central-services/central-services.view';

/** Every service, by name; how many requests each has open (no score: a count of work waiting). */
export async function listServices(db: Database) {
	const open = db
		.select({ serviceId: serviceRequests.serviceId, open: count().as('open') })
		.from(serviceRequests)
		.where(sql`${serviceRequests.status} in ('open', 'accepted')`)
		.groupBy(serviceRequests.serviceId)
		.as('open_requests');
	const rows = await db
		.select({ id: centralServices.id, slug: centralServices.slug, name: centralServices.name, about: centralServices.about, open: open.open })
		.from(centralServices)
		.leftJoin(open, eq(open.serviceId, centralServices.id))
		.orderBy(asc(centralServices.slug));
	return rows.map((row) => ({ ...row, open: Number(row.open ?? 0) }));
}

export async function findServiceBySlug(db: Database, slug: string): Promise<CentralService | null> {
	const [service] = await db.select().from(centralServices).where(eq(centralServices.slug, slug));
	return service ?? null;
}

/** Who answers for a service, as place teams see them (names, else addresses: they answer to places). */
export function listResponders(db: Database, serviceId: string) {
	return db
		.select({ userId: users.id, name: users.displayName, email: users.email })
		.from(centralServiceResponders)
		.innerJoin(users, eq(users.id, centralServiceResponders.userId))
		.where(eq(centralServiceResponders.serviceId, serviceId))
		.orderBy(asc(users.email));
}

const summaryColumns = {
	id: serviceRequests.id,
	placeSlug: places.slug,
	placeName: places.name,
	placeLanguages: places.languages,
	placeTimeZone: places.timeZone,
	serviceSlug: centralServices.slug,
	serviceName: centralServices.name,
	need: serviceRequests.need,
	neededBy: serviceRequests.neededBy,
	status: serviceRequests.status,
	raisedAt: serviceRequests.raisedAt,
	rating: serviceRequests.rating,
	ratingWords: serviceRequests.ratingWords
};

function toSummary(row: Omit<RequestSummary, 'raisedAt'> & { raisedAt: Date }): RequestSummary {
	return { ...row, raisedAt: row.raisedAt.toISOString() };
}

/** A service's requests, newest first (by date only: never ordered by any place's number). */
export function listServiceRequests(db: Database, serviceId: string): Promise<RequestSummary[]> {
	return listRequests(db, eq(serviceRequests.serviceId, serviceId));
}

/** A place's own requests to every service, newest first. */
export function listPlaceRequests(db: Database, placeId: string): Promise<RequestSummary[]> {
	return listRequests(db, eq(serviceRequests.placeId, placeId));
}

async function listRequests(db: Database, which: SQL): Promise<RequestSummary[]> {
	const rows = await db
		.select(summaryColumns)
		.from(serviceRequests)
		.innerJoin(places, eq(places.id, serviceRequests.placeId))
		.innerJoin(centralServices, eq(centralServices.id, serviceRequests.serviceId))
		.where(which)
		.orderBy(desc(serviceRequests.raisedAt));
	return rows.map(toSummary);
}

/** For each answered request of a service, how long its first answer took (ms). */
export async function listAnswerDurations(db: Database, serviceId: string): Promise<number[]> {
	const rows = await db
		.select({ raisedAt: serviceRequests.raisedAt, firstAnswer: min(serviceRequestAnswers.answeredAt) })
		.from(serviceRequests)
		.innerJoin(serviceRequestAnswers, and(eq(serviceRequestAnswers.requestId, serviceRequests.id), eq(serviceRequestAnswers.placeId, serviceRequests.placeId)))
		.where(eq(serviceRequests.serviceId, serviceId))
		.groupBy(serviceRequests.id, serviceRequests.raisedAt);
	// min() of a timestamptz comes back as text on some drivers: read it as a date either way.
	return rows.map((row) => new Date(row.firstAnswer as unknown as string).getTime() - row.raisedAt.getTime());
}

/** One request with its place, service and dated steps (raised, then each answer); null when it is not this place's. */
export async function loadRequest(db: Database, placeId: string, requestId: string) {
	const [row] = await db
		.select({ ...summaryColumns, serviceId: serviceRequests.serviceId, whyHere: serviceRequests.whyHere, raisedBy: users.displayName })
		.from(serviceRequests)
		.innerJoin(places, eq(places.id, serviceRequests.placeId))
		.innerJoin(centralServices, eq(centralServices.id, serviceRequests.serviceId))
		.leftJoin(users, eq(users.id, serviceRequests.raisedByUserId))
		.where(and(eq(serviceRequests.id, requestId), eq(serviceRequests.placeId, placeId)));
	if (!row) return null;
	const answers = await db
		.select({ answer: serviceRequestAnswers.answer, words: serviceRequestAnswers.words, at: serviceRequestAnswers.answeredAt, by: users.displayName })
		.from(serviceRequestAnswers)
		.leftJoin(users, eq(users.id, serviceRequestAnswers.answeredByUserId))
		.where(and(eq(serviceRequestAnswers.requestId, requestId), eq(serviceRequestAnswers.placeId, placeId)))
		.orderBy(asc(serviceRequestAnswers.answeredAt));
	const steps: RequestStep[] = [
		{ kind: 'raised', words: row.whyHere, at: row.raisedAt.toISOString(), by: row.raisedBy },
		...answers.map((a) => ({ kind: a.answer, words: a.words, at: a.at.toISOString(), by: a.by }))
	];
	const { whyHere, raisedBy: _raisedBy, serviceId, ...summary } = row;
	return { request: { ...toSummary(summary), whyHere, serviceId }, steps };
}
