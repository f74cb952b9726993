import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantCommonGround } from '../../conversation/testing/plant-opinions';
import { AGREE, DISAGREE, NOT_SEEN } from '../../conversation/opinion-matrix';
import { auditEvents } from '../audit/audit.table';
import type { Person } from '../auth/actor';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { addPerson, during, recordingMailer, seedCoCreateCycle } from '../testing/proposals';
import { answerStatement } from './answer-statement';
import { changeConversation } from './change-conversation';
import { findConversation, findNextStatement, listOwnAnswers, listShownStatements, type ConversationRef } from './conversations.queries';
import { conversationAnswers } from './conversations.table';
import { groupOpinions } from '../../conversation/group-opinions';
import { hideStatement, publishStatement } from './moderate-statement';
import { openConversation } from './open-conversation';
import { freshGrouping, regroupNow } from './regroup-conversation';
import { suggestStatement, writeTeamStatement } from './write-statement';

const now = during;
// The engine on this thread: the worker is tested by the page (and by results' worker tests).
const group = async (matrix: Parameters<typeof groupOpinions>[0]) => groupOpinions(matrix);

describe.each(testDatabases())('conversations on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let lead: Person;
	let resident: Person;
	let conversation: ConversationRef;
	let loadCycle: Awaited<ReturnType<typeof seedCoCreateCycle>>['loadCycle'];

	beforeAll(async () => {
		handle = await open();
		const seeded = await seedCoCreateCycle(handle.db);
		const place = seeded.place;
		loadCycle = seeded.loadCycle;
		lead = await addPerson(handle.db, 'lead@example.org', { [place.id]: 'lead' });
		resident = await addPerson(handle.db, 'resident@example.org');
		const opened = await openConversation({ db: handle.db, now }, lead, { cycle: await loadCycle(), topic: 'The park' });
		expect(opened.ok).toBe(true);
		conversation = (await findConversation(handle.db, await loadCycle()))!;
	});
	afterAll(async () => handle?.close());

	it('refuses to open a conversation once the vote has opened', async () => {
		const late = new Date('2026-04-02T00:00:00Z');
		const cycle = { ...(await loadCycle()), phases: [...(await loadCycle()).phases, { kind: 'test' as const, position: 3, opensAt: new Date('2026-04-01T00:00:00Z'), closesAt: null }] };
		expect(await openConversation({ db: handle.db, now: late }, lead, { cycle: cycle as never, topic: 'Late' })).toEqual({ ok: false, error: 'conversation_too_late' });
	});

	it('opens one conversation per cycle, and the opening is on the audit record', async () => {
		expect(await openConversation({ db: handle.db, now }, lead, { cycle: await loadCycle(), topic: 'Again' })).toEqual({ ok: false, error: 'conversation_exists' });
		const audit = await handle.db.select().from(auditEvents).where(eq(auditEvents.subjectId, conversation.id));
		expect(audit.map((event) => event.action)).toEqual(['conversation.opened']);
	});

	it('keeps one answer per person per statement: a second answer replaces the first', async () => {
		const id = await writeTeamStatement({ db: handle.db, now }, lead, conversation, 'The park needs more benches.');
		expect(await answerStatement({ db: handle.db, now }, conversation, { userId: resident.userId, statementId: id, answer: 'agree' })).toEqual({ ok: true });
		await Promise.all([
			answerStatement({ db: handle.db, now }, conversation, { userId: resident.userId, statementId: id, answer: 'disagree' }),
			answerStatement({ db: handle.db, now }, conversation, { userId: resident.userId, statementId: id, answer: 'disagree' })
		]);
		const rows = await handle.db.select().from(conversationAnswers).where(eq(conversationAnswers.statementId, id));
		expect(rows.map((row) => row.answer)).toEqual(['disagree']);
		expect(await findNextStatement(handle.db, conversation, resident.userId)).toBeNull();
		expect(await listOwnAnswers(handle.db, conversation, resident.userId)).toEqual([{ statementId: id, body: 'The park needs more benches.', answer: 'disagree' }]);
	});

	it('holds a resident’s suggestion until the team publishes it, and hides one with a reason the author is told', async () => {
		const held = await suggestStatement({ db: handle.db, now }, resident, conversation, 'Dogs should be on leads.');
		expect((await listShownStatements(handle.db, conversation)).map((s) => s.id)).not.toContain(held);
		expect(await answerStatement({ db: handle.db, now }, conversation, { userId: resident.userId, statementId: held, answer: 'agree' })).toEqual({ ok: false, error: 'statement_unknown' });
		expect(await publishStatement({ db: handle.db, now }, lead, conversation, held)).toEqual({ ok: true });
		expect((await findNextStatement(handle.db, conversation, resident.userId))?.id).toBe(held);

		const rude = await suggestStatement({ db: handle.db, now }, resident, conversation, 'My neighbour is awful.');
		const { sent, mailer } = recordingMailer();
		expect(await hideStatement({ db: handle.db, now, mailer }, lead, conversation, { statementId: rude, reason: 'It names a neighbour', locale: 'en' })).toEqual({ ok: true });
		expect(sent.map((mail) => mail.to)).toEqual(['resident@example.org']);
		expect(sent[0].text).toContain('It names a neighbour');
		expect(await publishStatement({ db: handle.db, now }, lead, conversation, rude)).toEqual({ ok: false, error: 'statement_unknown' });
		const audit = await handle.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, rude));
		expect(audit.map((event) => event.action)).toEqual(['conversation.statement_hidden']);
	});

	it('stores a grouping that finds planted groups and their common ground, and computes it again only when answers change', async () => {
		const planted = plantCommonGround([30, 20], 2, 4, 1, 'db test');
		const ids: string[] = [];
		for (let s = 0; s < planted.matrix.statements; s++) ids.push(await writeTeamStatement({ db: handle.db, now }, lead, conversation, `Statement ${s + 1}`));
		const people = await Promise.all([...Array(planted.matrix.participants).keys()].map((p) => addPerson(handle.db, `p${p}@example.org`)));
		const rows = people.flatMap((person, p) =>
			ids.flatMap((statementId, s) => {
				const value = planted.matrix.answers[p * ids.length + s];
				if (value === NOT_SEEN) return [];
				const answer = value === AGREE ? ('agree' as const) : value === DISAGREE ? ('disagree' as const) : ('pass' as const);
				return [{ placeId: conversation.placeId, conversationId: conversation.id, statementId, userId: person.userId, answer, updatedAt: now }];
			})
		);
		await handle.db.insert(conversationAnswers).values(rows);

		const stored = (await freshGrouping({ db: handle.db, now, group }, conversation))!;
		expect([...stored.grouping.groupSizes].sort((a, b) => b - a)).toEqual([30, 20]);
		expect(stored.grouping.bridging.slice(0, 2).sort()).toEqual(ids.slice(0, 2).sort());
		expect(stored.grouping.dividing.length).toBeGreaterThan(0);
		expect(stored.grouping.points).toHaveLength(50);
		expect(JSON.stringify(stored.grouping)).not.toContain(people[0].userId);

		let calls = 0;
		const counting = async (matrix: Parameters<typeof groupOpinions>[0]) => (calls++, groupOpinions(matrix));
		await freshGrouping({ db: handle.db, now, group: counting }, conversation);
		expect(calls).toBe(0);
		await answerStatement({ db: handle.db, now: new Date(now.getTime() + 60_000) }, conversation, { userId: people[0].userId, statementId: ids[0], answer: 'pass' });
		await freshGrouping({ db: handle.db, now, group: counting }, conversation);
		expect(calls).toBe(1);
	});

	it('records the team asking for the groups, closing, and its note on the ballot', async () => {
		await regroupNow({ db: handle.db, now, group }, lead, conversation);
		await changeConversation({ db: handle.db, now }, lead, conversation, { status: 'closed' });
		await changeConversation({ db: handle.db, now }, lead, conversation, { ballotNote: 'We left out the car park.' });
		expect(await findConversation(handle.db, await loadCycle())).toMatchObject({ status: 'closed', ballotNote: 'We left out the car park.' });
		const audit = await handle.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.subjectId, conversation.id));
		expect(audit.map((event) => event.action)).toEqual(['conversation.opened', 'conversation.regrouped', 'conversation.closed', 'conversation.ballot_noted']);
	});
});
