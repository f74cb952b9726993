import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../accounts/accounts.table';
import type { Person } from '../auth/actor';
import { pots } from '../budget/budget.table';
import { findPublishedCycle, type CycleWithPhases } from '../cycles/cycles.queries';
import type { Database, DatabaseHandle } from '../platform/db/database';
import { proposals } from '../proposals/proposals.table';
import { testDatabases } from '../testing/databases';
import { insertPlace } from '../testing/places';
import { insertVotingCycle, VOTE_OPENS } from '../testing/voting';
import { generateLetterCodes } from '../voting/letter-codes';
import { enterPaperForm } from '../voting/paper-entry';
import { submitBallot } from '../voting/submit-ballot';
import { loadTurnout } from '../voting/turnout';
import { findLetterCode } from '../voting/voting.queries';
import { ballots, participations, registerEntries } from '../voting/voting.table';
import { castRoomBallot } from './cast-room-ballot';
import { currentActivity, loadBoard } from './load-board';
import { newJoinCode } from './join-code';
import { openRoomVote } from './open-room-vote';
import { joinWorkshop } from './participant';
import type { RoomActor } from './room-refusals';
import { workshops } from './workshops.table';

const now = new Date('2026-06-10T12:00:00Z');

/**
 * A vote in a workshop room: the team opens the cycle's vote in a live workshop, phones in the room
 * cast real ballots (channel `workshop`) naming their voter by letter code or register reference,
 * and one person is one voter across the room and every other channel.
 */
describe.each(testDatabases())('voting in a workshop room, on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let db: Database;
	let cycle: CycleWithPhases;
	let garden: string;
	let lead: Person;
	let codes: string[];
	const ctx = () => ({ db, now });

	/** A live workshop of the cycle, with a phone that joined it. */
	async function liveRoom(): Promise<{ ref: { id: string; placeId: string }; phone: RoomActor }> {
		const [workshop] = await db
			.insert(workshops)
			.values({ placeId: cycle.placeId, cycleId: cycle.id, phaseKind: 'test', title: 'Vote night', venue: 'Hall', startsAt: now, joinCode: newJoinCode(), status: 'live' })
			.returning();
		const ref = { id: workshop.id, placeId: workshop.placeId };
		const { participant } = await joinWorkshop(db, ref, null);
		return { ref, phone: { participant, workshop: ref } };
	}
	/** The activity the room is on now (the vote, once opened). */
	const roomActivity = async (ref: { id: string }) => currentActivity((await loadBoard(db, ref.id))!);
	const inRoom = async (room: Awaited<ReturnType<typeof liveRoom>>, identity: string, postcode = '') =>
		castRoomBallot(ctx(), room.phone, cycle, (await roomActivity(room.ref))!.id, [['choice', garden], ['identity', identity], ['postcode', postcode]]);
	const withLetter = async (code: string) => submitBallot(ctx(), { kind: 'code', letterCodeId: (await findLetterCode(db, cycle, code))!.id }, cycle, [['choice', garden]]);
	const ballotsBy = (channel: 'workshop' | 'letter_code') => db.$count(ballots, and(eq(ballots.cycleId, cycle.id), eq(ballots.channel, channel)));

	beforeAll(async () => {
		handle = await open();
		db = handle.db;
		const place = await insertPlace(db, { slug: 'room-vote' });
		const c = await insertVotingCycle(db, place.id, { slug: 'c', settings: { ballotType: 'approval' }, moneyMinor: 100_000 });
		[{ id: garden }] = await db
			.insert(proposals)
			.values({ placeId: place.id, cycleId: c.id, summary: 's', status: 'feasible', reviewReason: 'ok', number: 1, title: 'Garden', estimatedCostMinor: 50_000 })
			.returning({ id: proposals.id });
		await db.insert(registerEntries).values(['R-1', 'R-2', 'R-3', 'R-4', 'R-5', 'R-6'].map((reference) => ({ placeId: place.id, cycleId: c.id, reference, referenceKey: reference, postcode: 'CF10 1AA' })));
		const [user] = await db.insert(users).values({ email: `lead-${randomUUID()}@example.org` }).returning();
		lead = { kind: 'person', userId: user.id, email: user.email, displayName: null, isSteward: false, roles: { [place.id]: 'lead' } } as Person;
		cycle = (await findPublishedCycle(db, place.id, 'c'))!;
		const made = await generateLetterCodes(ctx(), { placeId: place.id, cycleId: c.id, label: 'Everyone', count: null, userId: user.id, actorLabel: user.email });
		if (!made.ok) throw new Error(made.error);
		// One letter per person on the register, in the addressees' order: codes[i] is R-(i+1)'s.
		expect(made.addressees?.map((a) => a.reference)).toEqual(['R-1', 'R-2', 'R-3', 'R-4', 'R-5', 'R-6']);
		codes = made.codes;
	});
	afterAll(() => handle.close());

	it('opens the vote in a live room only while the cycle’s vote is open, and only for a pot of this cycle', async () => {
		const room = await liveRoom();
		expect(await openRoomVote({ db, now: new Date(VOTE_OPENS.getTime() - 86_400_000) }, lead, room.ref, null)).toEqual({ ok: false, error: 'workshop_vote_closed' });
		const [otherCycle] = await db.insert(pots).values({ placeId: cycle.placeId, cycleId: (await insertVotingCycle(db, cycle.placeId, { slug: 'other', settings: {}, moneyMinor: 1 })).id, name: { en: 'Elsewhere' }, description: {}, position: 1 }).returning();
		expect(await openRoomVote(ctx(), lead, room.ref, otherCycle.id)).toEqual({ ok: false, error: 'workshop_vote_pot_unknown' });
		await db.update(workshops).set({ status: 'ended' }).where(eq(workshops.id, room.ref.id));
		expect(await openRoomVote(ctx(), lead, room.ref, null)).toEqual({ ok: false, error: 'workshop_not_live' });
	});

	it('counts a phone’s ballot with channel workshop, and the room and the turnout say how many voted', async () => {
		const room = await liveRoom();
		expect(await openRoomVote(ctx(), lead, room.ref, null)).toMatchObject({ ok: true });
		expect(await roomActivity(room.ref)).toMatchObject({ kind: 'vote', vote: { potId: null, ballotsCast: 0 } });
		const cast = await inRoom(room, codes[0].toLowerCase());
		expect(cast).toMatchObject({ ok: true, receiptCode: expect.any(String) });
		expect(await ballotsBy('workshop')).toBe(1);
		expect(await db.$count(participations, and(eq(participations.cycleId, cycle.id), eq(participations.channel, 'workshop')))).toBe(1);
		expect((await roomActivity(room.ref))?.vote?.ballotsCast).toBe(1);
		expect((await loadTurnout(db, cycle)).pots[0].byChannel.workshop).toBe(1);
	});

	it('refuses a code that is nobody’s, and a register reference with the wrong postcode', async () => {
		const room = await liveRoom();
		await openRoomVote(ctx(), lead, room.ref, null);
		expect(await inRoom(room, 'NOPE-NOPE-NOPE')).toMatchObject({ ok: false, status: 'voter_not_found' });
		expect(await inRoom(room, 'R-6', 'SA1 1AA')).toMatchObject({ ok: false, status: 'not_on_register' });
		expect((await roomActivity(room.ref))?.vote?.ballotsCast).toBe(0);
	});

	it('does not take a ballot once the room has moved on from the vote', async () => {
		const room = await liveRoom();
		await openRoomVote(ctx(), lead, room.ref, null);
		const activity = (await roomActivity(room.ref))!;
		await db.update(workshops).set({ currentPosition: null, status: 'ended' }).where(eq(workshops.id, room.ref.id));
		const before = await ballotsBy('workshop');
		expect(await castRoomBallot(ctx(), room.phone, cycle, activity.id, [['choice', garden], ['identity', codes[5]]])).toMatchObject({ ok: false });
		expect(await ballotsBy('workshop')).toBe(before);
	});

	it('is one voter with the online letter: online first, then the room refuses', async () => {
		const room = await liveRoom();
		await openRoomVote(ctx(), lead, room.ref, null);
		expect(await withLetter(codes[1])).toMatchObject({ ok: true });
		expect(await inRoom(room, codes[1])).toMatchObject({ ok: false, status: 'already_voted' });
	});

	it('is one voter with the online letter: the room first, then online refuses — also by the register reference', async () => {
		const room = await liveRoom();
		await openRoomVote(ctx(), lead, room.ref, null);
		expect(await inRoom(room, 'r-3', 'cf10 1aa')).toMatchObject({ ok: true });
		// R-3's letter is the same person as R-3's reference.
		const r3Letter = codes[2];
		expect(await withLetter(r3Letter)).toMatchObject({ ok: false, status: 'already_voted' });
		expect(await inRoom(room, r3Letter)).toMatchObject({ ok: false, status: 'already_voted' });
	});

	it('keeps one ballot when the same letter votes online and in the room at once', async () => {
		const room = await liveRoom();
		await openRoomVote(ctx(), lead, room.ref, null);
		const before = (await ballotsBy('workshop')) + (await ballotsBy('letter_code'));
		const results = await Promise.all([inRoom(room, codes[4]), withLetter(codes[4]), inRoom(room, codes[4]), withLetter(codes[4])]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok).map((r) => (r as { status: string }).status)).toEqual(['already_voted', 'already_voted', 'already_voted']);
		expect((await ballotsBy('workshop')) + (await ballotsBy('letter_code'))).toBe(before + 1);
	});

	it('counts a workshop’s paper, entered twice, with channel workshop — and only once both entries agree', async () => {
		const [other] = await db.insert(users).values({ email: `member-${randomUUID()}@example.org` }).returning();
		const enter = (staff: { userId: string; email: string }) =>
			enterPaperForm(ctx(), { cycle, staff, channel: 'workshop', form: [['serial', 'W-1'], ['voterReference', 'R-4'], ['choice', garden]] });
		const workshopTurnout = async () => (await loadTurnout(db, cycle)).pots[0];
		const before = await workshopTurnout();
		expect(await enter({ userId: lead.userId, email: lead.email })).toMatchObject({ ok: true, stage: 'awaiting_check' });
		expect(await workshopTurnout()).toMatchObject({ byChannel: { workshop: before.byChannel.workshop }, awaitingCheck: before.awaitingCheck + 1 });
		expect(await enter({ userId: other.id, email: other.email })).toMatchObject({ ok: true, stage: 'counted' });
		expect(await workshopTurnout()).toMatchObject({ byChannel: { workshop: before.byChannel.workshop + 1, paper: 0 }, awaitingCheck: before.awaitingCheck });
		// R-4 has voted, on the room's paper: their letter cannot vote online.
		expect(await withLetter(codes[3])).toMatchObject({ ok: false, status: 'already_voted' });
	});
});
