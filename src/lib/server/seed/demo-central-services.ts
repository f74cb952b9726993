import { eq, inArray } from 'drizzle-orm';
import { users } from '../accounts/accounts.table';
import type { Person } from '../auth/actor';
import { answerRequest } from '../central-services/answer-request';
import { centralServiceResponders } from '../central-services/central-services.table';
import { createService } from '../central-services/manage-services';
import { raiseRequest } from '../central-services/raise-request';
import { rateRequest } from '../central-services/rate-request';
import type { Database } from '../platform/db/database';
import { places } from '../places/places.table';
import type { RequestAnswer } from '../../central-services/request-statuses';
import { DEMO_STEWARD_EMAIL, demoStaffEmail } from './demo-people';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

const services = [
	{ key: 'repairs', nameEn: 'Repairs', nameCy: 'Atgyweirio', aboutEn: 'Repairs to homes, community rooms and shared spaces.', aboutCy: 'Atgyweirio cartrefi, ystafelloedd cymunedol a mannau a rennir.', person: 'Gareth (repairs)' },
	{ key: 'it', nameEn: 'IT and phones', nameCy: 'TG a ffonau', aboutEn: 'Laptops, phones, Wi-Fi and accounts for place teams.', aboutCy: 'Gliniaduron, ffonau, Wi-Fi a chyfrifon i dimau lleoedd.', person: 'Priya (IT)' },
	{ key: 'finance', nameEn: 'Finance', nameCy: 'Cyllid', aboutEn: 'Paying suppliers, bank accounts, and money from funders.', aboutCy: 'Talu cyflenwyr, cyfrifon banc, ac arian gan gyllidwyr.', person: 'Tom (finance)' },
	{ key: 'communications', nameEn: 'Communications', nameCy: 'Cyfathrebu', aboutEn: 'Leaflets, posters, translation and the local press.', aboutCy: 'Taflenni, posteri, cyfieithu a’r wasg leol.', person: 'Nia (communications)' }
] as const;
type ServiceKey = (typeof services)[number]['key'];

/** The address of a demo service's person: repairs@placecraft.example … */
export const demoServiceEmail = (key: ServiceKey) => `${key}@placecraft.example`;

type Step = { answer: RequestAnswer; words: string; afterHours: number };
interface DemoRequest {
	place: string;
	service: ServiceKey;
	daysAgo: number;
	neededInDays: number;
	need: string;
	whyHere: string;
	steps: Step[];
	rating?: { score: number; words: string };
}

// Every state (waiting, accepted, done, can't do; closed with and without a rating) across both places.
const requests: DemoRequest[] = [
	{ place: 'brookfield', service: 'repairs', daysAgo: 30, neededInDays: 7, need: 'Fix the broken lock on the community room door', whyHere: 'The Tuesday drop-in for older residents cannot lock up, so we have had to stop leaving the tea things there.', steps: [{ answer: 'accepted', words: 'We will send someone on Thursday morning.', afterHours: 12 }, { answer: 'done', words: 'New lock fitted. Three keys are with the caretaker.', afterHours: 80 }], rating: { score: 5, words: 'Quick, and the caretaker was told. The drop-in kept going.' } },
	{ place: 'brookfield', service: 'it', daysAgo: 21, neededInDays: 5, need: 'Wi-Fi in the community centre for the digital drop-in', whyHere: 'Residents bring their phones to learn to book GP appointments online; without Wi-Fi they use their own data.', steps: [{ answer: 'accepted', words: 'A router is ordered. We will fit it when it arrives.', afterHours: 96 }, { answer: 'done', words: 'Router fitted; the password is on the noticeboard.', afterHours: 360 }], rating: { score: 3, words: 'It works now, but it came two weeks later than promised and we cancelled one session.' } },
	{ place: 'brookfield', service: 'finance', daysAgo: 10, neededInDays: 4, need: 'Pay the minibus hire for the youth club trip within a week', whyHere: 'The hire firm is a small local business and asked to be paid before the trip.', steps: [{ answer: 'cannot_do', words: 'We can only pay invoices on the monthly payment run. Ask the firm to invoice by the 20th, or pay from the small-sums pot if it is under the limit.', afterHours: 50 }], rating: { score: 2, words: 'A clear answer, but the monthly run does not fit a youth club. Please look at paying small firms weekly.' } },
	{ place: 'brookfield', service: 'communications', daysAgo: 2, neededInDays: 12, need: 'Print 800 vote leaflets in English and Welsh', whyHere: 'Half the estate is not online; the leaflet is how most people will hear about the vote.', steps: [] },
	{ place: 'st-elwyns', service: 'repairs', daysAgo: 14, neededInDays: 10, need: 'Clear the blocked drain by the bus stop on Heol y Nant', whyHere: 'Every time it rains people waiting for the bus stand in water, and older residents have stopped using that stop.', steps: [{ answer: 'accepted', words: 'Booked with the drainage contractor for the 2nd of next month.', afterHours: 20 }] },
	{ place: 'st-elwyns', service: 'communications', daysAgo: 20, neededInDays: 6, need: 'Poster Cymraeg ar gyfer y bleidlais', whyHere: 'Mae llawer o drigolion yn darllen Cymraeg yn gyntaf, ac roedd y poster diwethaf yn Saesneg yn unig.', steps: [{ answer: 'done', words: 'Poster wedi’i gyfieithu a’i wirio gan siaradwr Cymraeg iaith gyntaf. Ffeil argraffu wedi’i hanfon.', afterHours: 40 }], rating: { score: 4, words: 'Cymraeg da, wedi’i wirio’n iawn. Roedd dau ddiwrnod yn iawn.' } },
	{ place: 'st-elwyns', service: 'it', daysAgo: 9, neededInDays: 3, need: 'Two laptops for entering paper ballots', whyHere: 'The vote is open and two volunteers enter paper ballots at the library; they share one old laptop.', steps: [{ answer: 'cannot_do', words: 'None spare until April. We have asked the council’s loan scheme and will tell you if they can lend two.', afterHours: 140 }] },
	{ place: 'st-elwyns', service: 'finance', daysAgo: 5, neededInDays: 21, need: 'A bank account for the money the health board ring-fenced', whyHere: 'The health board wants its money kept apart so it can see it was spent on active travel.', steps: [] }
];

/**
 * Four central services with their people, and requests from Brookfield and St Elwyn's in every state,
 * written through the domain functions (so each step is on the place's audit record), dated in the past.
 */
export async function seedDemoCentralServices(tx: Database, now: Date): Promise<void> {
	const [steward] = await tx.select().from(users).where(eq(users.email, DEMO_STEWARD_EMAIL));
	if (!steward) return;
	const stewardActor: Person = { kind: 'person', userId: steward.id, email: steward.email, displayName: steward.displayName, isSteward: true, roles: {} };
	const listedAt = new Date(now.getTime() - 60 * DAY_MS);
	const people: Partial<Record<ServiceKey, { person: Person; serviceId: string }>> = {};
	for (const service of services) {
		const created = await createService({ db: tx, now: listedAt }, stewardActor, service);
		if (!created.ok) throw new Error(`demo service ${service.key}: ${created.error}`);
		const [user] = await tx
			.insert(users)
			.values({ email: demoServiceEmail(service.key), displayName: service.person, passwordHash: steward.passwordHash, emailVerifiedAt: listedAt })
			.returning();
		await tx.insert(centralServiceResponders).values({ serviceId: created.service.id, userId: user.id, addedAt: listedAt });
		people[service.key] = {
			serviceId: created.service.id,
			person: { kind: 'person', userId: user.id, email: user.email, displayName: user.displayName, isSteward: false, roles: {}, answersFor: [created.service.id] }
		};
	}
	const placeRows = await tx.select({ id: places.id, slug: places.slug }).from(places).where(inArray(places.slug, ['brookfield', 'st-elwyns']));
	const leads = await tx.select().from(users).where(inArray(users.email, placeRows.map((p) => demoStaffEmail(p.slug, 'lead'))));
	for (const request of requests) {
		const place = placeRows.find((p) => p.slug === request.place);
		const lead = leads.find((u) => u.email === demoStaffEmail(request.place, 'lead'));
		const service = people[request.service];
		if (!place || !lead || !service) continue;
		const leadActor: Person = { kind: 'person', userId: lead.id, email: lead.email, displayName: lead.displayName, isSteward: false, roles: { [place.id]: 'lead' } };
		const raisedAt = new Date(now.getTime() - request.daysAgo * DAY_MS);
		const neededBy = new Date(raisedAt.getTime() + request.neededInDays * DAY_MS).toISOString().slice(0, 10);
		const raised = await raiseRequest({ db: tx, now: raisedAt }, leadActor, place.id, { serviceId: service.serviceId, need: request.need, neededBy, whyHere: request.whyHere });
		if (!raised.ok) throw new Error(`demo request: ${raised.error}`);
		const target = { requestId: raised.requestId, placeId: place.id };
		let last = raisedAt;
		for (const step of request.steps) {
			last = new Date(raisedAt.getTime() + step.afterHours * HOUR_MS);
			const answered = await answerRequest({ db: tx, now: last }, service.person, target, { answer: step.answer, words: step.words });
			if (!answered.ok) throw new Error(`demo answer: ${answered.error}`);
		}
		if (request.rating) {
			const rated = await rateRequest({ db: tx, now: new Date(last.getTime() + 20 * HOUR_MS) }, leadActor, target, request.rating);
			if (!rated.ok) throw new Error(`demo rating: ${rated.error}`);
		}
	}
}
