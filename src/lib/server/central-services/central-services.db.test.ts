import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import { auditEvents } from '../audit/audit.table';
import { loadActor, type Person } from '../auth/actor';
import { sessions } from '../accounts/accounts.table';
import type { DatabaseHandle } from '../platform/db/database';
import { createMailer } from '../platform/mail/create-mailer';
import { outboxMessages } from '../platform/mail/mail.table';
import { placeMemberships } from '../teams/teams.table';
import { testDatabases } from '../testing/databases';
import { insertPlace } from '../testing/places';
import { answerRequest } from './answer-request';
import { listAnswerDurations, listServiceRequests, loadRequest } from './central-services.queries';
import { addResponder, createService } from './manage-services';
import { notifyPlaceOfAnswer, notifyServiceOfRequest } from './notify-request';
import { raiseRequest } from './raise-request';
import { rateRequest } from './rate-request';

const raisedAt = new Date('2026-05-01T09:00:00Z');
const HOUR = 3_600_000;

describe.each(testDatabases())('central services on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let steward: Person;
	let lead: Person;
	let responder: Person;
	let placeId: string;
	let serviceId: string;
	const origin = 'https://placecraft.example';

	beforeAll(async () => {
		handle = await open();
		const { db } = handle;
		const place = await insertPlace(db, { slug: 'brookfield', languages: ['en', 'cy'] });
		placeId = place.id;
		const [stewardUser, leadUser, responderUser] = await db
			.insert(users)
			.values([
				{ email: 'steward@example.org', isSteward: true, passwordHash: 'x' },
				{ email: 'lead@example.org', passwordHash: 'x' },
				{ email: 'repairs@example.org', passwordHash: 'x', displayName: 'Dai Repairs' }
			])
			.returning();
		await db.insert(placeMemberships).values({ placeId, userId: leadUser.id, role: 'lead' });
		steward = { kind: 'person', userId: stewardUser.id, email: stewardUser.email, displayName: null, isSteward: true, roles: {} };
		lead = { kind: 'person', userId: leadUser.id, email: leadUser.email, displayName: null, isSteward: false, roles: { [placeId]: 'lead' } };
		const created = await createService({ db, now: raisedAt }, steward, { nameEn: 'Repairs', nameCy: 'Atgyweirio', aboutEn: '', aboutCy: '' });
		if (!created.ok) throw new Error('service not created');
		serviceId = created.service.id;
		expect(await addResponder({ db, now: raisedAt }, steward, serviceId, 'REPAIRS@example.org')).toEqual({ ok: true });
		responder = { kind: 'person', userId: responderUser.id, email: responderUser.email, displayName: 'Dai Repairs', isSteward: false, roles: {}, answersFor: [serviceId] };
	});
	afterAll(() => handle.close());

	it('names only people who sign in with a password, once each', async () => {
		const { db } = handle;
		await db.insert(users).values({ email: 'resident@example.org' });
		expect(await addResponder({ db, now: raisedAt }, steward, serviceId, 'resident@example.org')).toEqual({ ok: false, error: 'responder_no_account' });
		expect(await addResponder({ db, now: raisedAt }, steward, serviceId, 'nobody@example.org')).toEqual({ ok: false, error: 'responder_no_account' });
		expect(await addResponder({ db, now: raisedAt }, steward, serviceId, 'repairs@example.org')).toEqual({ ok: false, error: 'responder_already' });
	});

	it('gives a service’s person their service only in a password session', async () => {
		const { db } = handle;
		const [user] = await db.select().from(users).where(eq(users.email, 'repairs@example.org'));
		const session = { signedInWith: 'password', twoFactorVerified: false } as unknown as typeof sessions.$inferSelect;
		expect((await loadActor(db, user, session)).answersFor).toEqual([serviceId]);
		expect((await loadActor(db, user, { ...session, signedInWith: 'email_code' } as typeof session)).answersFor).toEqual([]);
	});

	it('takes a request through asked, accepted and done, dated, mailed both ways, rated once, all on the place’s record', async () => {
		const { db } = handle;
		const mailer = createMailer({ from: 'Placecraft <no-reply@placecraft.example>' }, db);
		const raised = await raiseRequest({ db, now: raisedAt }, lead, placeId, { serviceId, need: 'Fix the community room door', neededBy: '2026-05-20', whyHere: 'The drop-in cannot lock up.' });
		if (!raised.ok) throw new Error('not raised');
		const target = { requestId: raised.requestId, placeId };
		expect(await notifyServiceOfRequest({ db, mailer, origin }, placeId, raised.requestId)).toEqual({ sent: 1, failed: 0 });

		expect(await rateRequest({ db, now: raisedAt }, lead, target, { score: 5, words: 'Too soon' })).toEqual({ ok: false, error: 'rating_not_closed' });
		expect(await answerRequest({ db, now: new Date(raisedAt.getTime() + 5 * HOUR) }, responder, target, { answer: 'accepted', words: 'Tuesday.' })).toEqual({ ok: true });
		expect(await answerRequest({ db, now: new Date(raisedAt.getTime() + 6 * HOUR) }, responder, target, { answer: 'accepted', words: 'Again' })).toEqual({ ok: false, error: 'request_answer_not_now' });
		expect(await answerRequest({ db, now: new Date(raisedAt.getTime() + 30 * HOUR) }, responder, target, { answer: 'done', words: 'New lock fitted.' })).toEqual({ ok: true });
		expect(await notifyPlaceOfAnswer({ db, mailer, origin }, placeId, raised.requestId, 'done')).toEqual({ sent: 1, failed: 0 });
		expect(await answerRequest({ db, now: new Date(raisedAt.getTime() + 31 * HOUR) }, responder, target, { answer: 'cannot_do', words: 'Late' })).toEqual({ ok: false, error: 'request_answer_not_now' });

		expect(await rateRequest({ db, now: raisedAt }, lead, target, { score: 4, words: 'Helped, a day late.' })).toEqual({ ok: true });
		expect(await rateRequest({ db, now: raisedAt }, lead, target, { score: 1, words: 'Changed my mind' })).toEqual({ ok: false, error: 'rating_already' });

		const loaded = await loadRequest(db, placeId, raised.requestId);
		expect(loaded?.request).toMatchObject({ status: 'done', rating: 4, ratingWords: 'Helped, a day late.' });
		expect(loaded?.steps.map((step) => [step.kind, step.words])).toEqual([
			['raised', 'The drop-in cannot lock up.'],
			['accepted', 'Tuesday.'],
			['done', 'New lock fitted.']
		]);
		// First answer 5 hours after asking: the answer time, not the time to done.
		expect(await listAnswerDurations(db, serviceId)).toEqual([5 * HOUR]);
		expect((await listServiceRequests(db, serviceId)).map((r) => r.need)).toEqual(['Fix the community room door']);

		const record = await db.select({ action: auditEvents.action }).from(auditEvents).where(and(eq(auditEvents.placeId, placeId), eq(auditEvents.subjectId, raised.requestId)));
		expect(record.map((e) => e.action)).toEqual(['service_request.raised', 'service_request.answered', 'service_request.answered', 'service_request.rated']);
		const mail = await db.select({ to: outboxMessages.toAddress, purpose: outboxMessages.purpose, text: outboxMessages.textBody }).from(outboxMessages);
		expect(mail.find((m) => m.purpose === 'service_request')).toMatchObject({ to: 'repairs@example.org' });
		const answered = mail.find((m) => m.purpose === 'service_request_answered');
		expect(answered).toMatchObject({ to: 'lead@example.org' });
		// In both of the place's languages.
		expect(answered?.text).toContain('New lock fitted.');
		expect(answered?.text).toContain('Atgyweirio');
	});

	it('finds a request only under the place that raised it', async () => {
		const { db } = handle;
		const other = await insertPlace(db, { slug: 'elsewhere' });
		const [request] = await listServiceRequests(db, serviceId);
		expect(await loadRequest(db, other.id, request.id)).toBeNull();
		expect(await answerRequest({ db, now: raisedAt }, responder, { requestId: request.id, placeId: other.id }, { answer: 'done', words: 'x' })).toEqual({ ok: false, error: 'request_answer_not_now' });
	});
});
