import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { liveChannel } from '../platform/live/publish';
import { loadBoard } from './load-board';
import { seedLiveRoom } from '../testing/workshop-room';
import { addDot, listMyDots, removeDot } from './spend-dots';

describe.each(testDatabases())('spending dots in the room on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let room: Awaited<ReturnType<typeof seedLiveRoom>>;
	let other: Awaited<ReturnType<typeof seedLiveRoom>>;
	beforeAll(async () => {
		handle = await open();
		room = await seedLiveRoom(handle.db, 'room');
		other = await seedLiveRoom(handle.db, 'other');
		await room.moveTo(2);
		await other.moveTo(2);
	});
	afterAll(() => handle.close());
	const onIdea = (i: number) => ({ ideaId: room.ideaRows[i].id });

	it('gives exactly N dots to one participant clicking 20 times at once, and refuses the rest', async () => {
		const actor = await room.join('Rush');
		const results = await Promise.all(Array.from({ length: 20 }, (_, i) => addDot(handle.db, actor, room.activities.dots.id, onIdea(i % 2))));
		expect(results.filter((r) => r.ok)).toHaveLength(5);
		expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.error === 'workshop_room_dots_used_up')).toBe(true);
		const mine = await listMyDots(handle.db, actor.participant.id, room.activities.dots.id);
		expect(Object.values(mine).reduce((a, b) => a + b, 0)).toBe(5);
	});

	it('lets a participant take a dot back and put it elsewhere, telling them how many are left', async () => {
		const actor = await room.join(null);
		expect(await addDot(handle.db, actor, room.activities.dots.id, onIdea(0))).toEqual({ ok: true, dotsLeft: 4 });
		expect(await addDot(handle.db, actor, room.activities.dots.id, onIdea(0))).toEqual({ ok: true, dotsLeft: 3 });
		expect(await removeDot(handle.db, actor, room.activities.dots.id, onIdea(0))).toEqual({ ok: true, dotsLeft: 4 });
		expect(await addDot(handle.db, actor, room.activities.dots.id, onIdea(1))).toEqual({ ok: true, dotsLeft: 3 });
		expect(await listMyDots(handle.db, actor.participant.id, room.activities.dots.id)).toEqual({ [room.ideaRows[0].id]: 1, [room.ideaRows[1].id]: 1 });
		expect(await removeDot(handle.db, actor, room.activities.dots.id, onIdea(0))).toEqual({ ok: true, dotsLeft: 4 });
		expect(await removeDot(handle.db, actor, room.activities.dots.id, onIdea(0))).toEqual({ ok: false, error: 'workshop_room_dot_none_here' });
	});

	it('tells the board at commit', async () => {
		const actor = await room.join(null);
		const heard: string[] = [];
		const stop = await handle.listen(liveChannel('workshop', room.workshop.id), (payload) => heard.push(payload));
		const before = (await loadBoard(handle.db, room.workshop.id))!.activities[1].dots[room.ideaRows[1].id] ?? 0;
		await addDot(handle.db, actor, room.activities.dots.id, onIdea(1));
		await expect.poll(() => heard).toContain('dots');
		await stop();
		expect((await loadBoard(handle.db, room.workshop.id))!.activities[1].dots[room.ideaRows[1].id]).toBe(before + 1);
	});

	it('refuses a target that is not listed: another workshop’s idea, a hidden one, a proposal in an ideas activity, not an id', async () => {
		const actor = await room.join(null);
		for (const target of [{ ideaId: other.ideaRows[0].id }, { ideaId: 'not-a-uuid' }, { proposalId: room.proposalRows[0].id }, { ideaId: crypto.randomUUID() }]) {
			expect(await addDot(handle.db, actor, room.activities.dots.id, target)).toEqual({ ok: false, error: 'workshop_room_dot_target_unknown' });
		}
		expect(await removeDot(handle.db, actor, room.activities.dots.id, { ideaId: 'nope' })).toEqual({ ok: false, error: 'workshop_room_dot_none_here' });
	});

	it('refuses dots in an activity the room is not on, in another workshop, or once it has ended', async () => {
		const actor = await room.join(null);
		expect(await addDot(handle.db, actor, room.activities.proposalDots.id, { proposalId: room.proposalRows[0].id })).toEqual({ ok: false, error: 'workshop_room_moved_on' });
		expect(await addDot(handle.db, actor, other.activities.dots.id, { ideaId: other.ideaRows[0].id })).toEqual({ ok: false, error: 'workshop_room_moved_on' });
		expect(await addDot(handle.db, actor, 'x', onIdea(0))).toEqual({ ok: false, error: 'workshop_room_moved_on' });
		const stranger = await other.join(null);
		expect(await addDot(handle.db, { ...stranger, workshop: actor.workshop }, room.activities.dots.id, onIdea(0))).toEqual({ ok: false, error: 'workshop_room_not_joined' });
		await other.moveTo(2, 'ended');
		expect(await addDot(handle.db, stranger, other.activities.dots.id, { ideaId: other.ideaRows[0].id })).toEqual({ ok: false, error: 'workshop_room_not_live' });
	});

	it('spreads dots over the cycle’s proposals when the activity targets proposals', async () => {
		await room.moveTo(3);
		const actor = await room.join(null);
		const onProposal = { proposalId: room.proposalRows[1].id };
		expect(await addDot(handle.db, actor, room.activities.proposalDots.id, onProposal)).toEqual({ ok: true, dotsLeft: 1 });
		expect(await addDot(handle.db, actor, room.activities.proposalDots.id, { proposalId: room.proposalRows[0].id })).toEqual({ ok: true, dotsLeft: 0 });
		expect(await addDot(handle.db, actor, room.activities.proposalDots.id, onProposal)).toEqual({ ok: false, error: 'workshop_room_dots_used_up' });
		expect(await addDot(handle.db, actor, room.activities.proposalDots.id, { proposalId: other.proposalRows[0].id })).toEqual({ ok: false, error: 'workshop_room_dot_target_unknown' });
		expect(await addDot(handle.db, actor, room.activities.proposalDots.id, onIdea(0))).toEqual({ ok: false, error: 'workshop_room_dot_target_unknown' });
		expect((await loadBoard(handle.db, room.workshop.id))!.activities[2].dots).toEqual({ [room.proposalRows[0].id]: 1, [room.proposalRows[1].id]: 1 });
	});
});
