import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../platform/db/database';
import { testDatabases } from '../testing/databases';
import { liveChannel } from '../platform/live/publish';
import { answerPoll, findMyPollAnswer } from './answer-poll';
import { loadBoard } from './load-board';
import { seedLiveRoom } from '../testing/workshop-room';

describe.each(testDatabases())('answering the room’s poll on $name', ({ open }) => {
	let handle: DatabaseHandle;
	let room: Awaited<ReturnType<typeof seedLiveRoom>>;
	let other: Awaited<ReturnType<typeof seedLiveRoom>>;
	beforeAll(async () => {
		handle = await open();
		room = await seedLiveRoom(handle.db, 'room');
		other = await seedLiveRoom(handle.db, 'other');
		await room.moveTo(4);
		await other.moveTo(4);
	});
	afterAll(() => handle.close());
	const answers = async () => (await loadBoard(handle.db, room.workshop.id))!.activities[3].options.map((o) => o.answers);

	it('keeps one answer per participant, the latest, and tells the board', async () => {
		const actor = await room.join('Ann');
		const heard: string[] = [];
		const stop = await handle.listen(liveChannel('workshop', room.workshop.id), (payload) => heard.push(payload));
		expect(await answerPoll(handle.db, actor, room.activities.poll.id, room.options[0].id)).toEqual({ ok: true });
		expect(await answerPoll(handle.db, actor, room.activities.poll.id, room.options[1].id)).toEqual({ ok: true });
		await expect.poll(() => heard).toContain('poll');
		await stop();
		expect(await answers()).toEqual([0, 1]);
		expect(await findMyPollAnswer(handle.db, actor.participant.id, room.activities.poll.id)).toBe(room.options[1].id);
	});

	it('keeps one answer even when the same participant answers many times at once', async () => {
		const actor = await room.join(null);
		const results = await Promise.all(Array.from({ length: 10 }, (_, i) => answerPoll(handle.db, actor, room.activities.poll.id, room.options[i % 2].id)));
		expect(results.every((r) => r.ok)).toBe(true);
		expect((await answers()).reduce((a, b) => a + b, 0)).toBe(2);
	});

	it('refuses an option of another poll, or that is not an id', async () => {
		const actor = await room.join(null);
		for (const option of [other.options[0].id, 'tuesday', crypto.randomUUID()]) {
			expect(await answerPoll(handle.db, actor, room.activities.poll.id, option)).toEqual({ ok: false, error: 'workshop_room_poll_option_unknown' });
		}
	});

	it('refuses an answer when the room is on something else or the workshop has ended', async () => {
		const actor = await other.join(null);
		await other.moveTo(2);
		expect(await answerPoll(handle.db, actor, other.activities.poll.id, other.options[0].id)).toEqual({ ok: false, error: 'workshop_room_moved_on' });
		await other.moveTo(4, 'ended');
		expect(await answerPoll(handle.db, actor, other.activities.poll.id, other.options[0].id)).toEqual({ ok: false, error: 'workshop_room_not_live' });
		expect(await answerPoll(handle.db, { ...actor, workshop: { id: room.workshop.id, placeId: room.place.id } }, room.activities.poll.id, room.options[0].id)).toEqual({ ok: false, error: 'workshop_room_not_joined' });
	});
});
