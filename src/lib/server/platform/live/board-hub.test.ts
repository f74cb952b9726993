import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoardHub, type BoardSink } from './board-hub';
import { liveChannel } from './publish';

/** A stand-in for DatabaseHandle.listen that the test drives by hand. */
function fakeListen() {
	const channels = new Map<string, { notify: () => void; relisten: () => void }>();
	let listens = 0;
	let unlistens = 0;
	const listen = vi.fn(async (channel: string, onNotify: (payload: string) => void, onListen?: () => void) => {
		listens++;
		channels.set(channel, { notify: () => onNotify('idea'), relisten: () => onListen?.() });
		onListen?.();
		return async () => {
			unlistens++;
			channels.delete(channel);
		};
	});
	return { listen, channels, counts: () => ({ listens, unlistens }) };
}

function sink() {
	const received: string[] = [];
	const events: Uint8Array[] = [];
	let ended = false;
	const decoder = new TextDecoder();
	const s: BoardSink = {
		send: (event) => {
			events.push(event);
			received.push(decoder.decode(event));
		},
		end: () => (ended = true)
	};
	return { s, received, events, ended: () => ended, boards: () => received.filter((e) => e.startsWith('event: board')).map((e) => JSON.parse(e.slice(e.indexOf('data: ') + 6))) };
}

const W = '6f1c2d3e-0000-4000-8000-00000000abcd';
const settle = async () => {
	await vi.advanceTimersByTimeAsync(200);
};

describe('the live board hub', () => {
	afterEach(() => vi.useRealTimers());

	it('listens once per workshop, re-reads once per burst of notifications, and sends the same bytes to every stream', async () => {
		vi.useFakeTimers();
		const db = fakeListen();
		let version = 0;
		const readBoard = vi.fn(async () => JSON.stringify({ version }));
		const hub = new BoardHub({ listen: db.listen, readBoard, debounceMs: 50 });
		const a = sink();
		const b = sink();
		hub.subscribe(W, a.s);
		hub.subscribe(W, b.s);
		await settle();
		expect(db.counts().listens).toBe(1);
		expect(a.boards()).toEqual([{ version: 0 }]);
		expect(b.boards()).toEqual([{ version: 0 }]);

		version = 1;
		for (let i = 0; i < 20; i++) db.channels.get(liveChannel('workshop', W))!.notify();
		await settle();
		expect(readBoard).toHaveBeenCalledTimes(2);
		expect(a.boards()).toEqual([{ version: 0 }, { version: 1 }]);
		expect(a.events[1]).toBe(b.events[1]);
	});

	it('reads again after a read in flight when a notification comes meanwhile', async () => {
		vi.useFakeTimers();
		const db = fakeListen();
		let version = 0;
		let release: (() => void) | null = null;
		const readBoard = vi.fn(async () => {
			const seen = version;
			if (seen === 1) await new Promise<void>((r) => (release = r));
			return JSON.stringify({ version: seen });
		});
		const hub = new BoardHub({ listen: db.listen, readBoard, debounceMs: 50 });
		const a = sink();
		hub.subscribe(W, a.s);
		await settle();
		version = 1;
		db.channels.get(liveChannel('workshop', W))!.notify();
		await settle();
		// A read of version 1 is in flight; two more changes land meanwhile.
		version = 2;
		db.channels.get(liveChannel('workshop', W))!.notify();
		db.channels.get(liveChannel('workshop', W))!.notify();
		release!();
		await settle();
		expect(a.boards()).toEqual([{ version: 0 }, { version: 1 }, { version: 2 }]);
		expect(readBoard).toHaveBeenCalledTimes(3);
	});

	it('re-reads when listening starts again after a dropped connection, and sends nothing when nothing changed', async () => {
		vi.useFakeTimers();
		const db = fakeListen();
		let version = 0;
		const hub = new BoardHub({ listen: db.listen, readBoard: async () => JSON.stringify({ version }), debounceMs: 50 });
		const a = sink();
		hub.subscribe(W, a.s);
		await settle();
		db.channels.get(liveChannel('workshop', W))!.relisten();
		await settle();
		expect(a.boards()).toEqual([{ version: 0 }]);
		// Changed while the connection was down: no notification was heard, the re-listen catches it.
		version = 1;
		db.channels.get(liveChannel('workshop', W))!.relisten();
		await settle();
		expect(a.boards()).toEqual([{ version: 0 }, { version: 1 }]);
	});

	it('gives a stream joining later the latest board at once, and stops listening when the last stream leaves', async () => {
		vi.useFakeTimers();
		const db = fakeListen();
		const readBoard = vi.fn(async () => JSON.stringify({ version: 7 }));
		const hub = new BoardHub({ listen: db.listen, readBoard, debounceMs: 50 });
		const a = sink();
		const leaveA = hub.subscribe(W, a.s);
		await settle();
		const b = sink();
		const leaveB = hub.subscribe(W, b.s);
		expect(b.boards()).toEqual([{ version: 7 }]);
		expect(readBoard).toHaveBeenCalledTimes(1);
		leaveA();
		await settle();
		expect(db.counts().unlistens).toBe(0);
		leaveB();
		await settle();
		expect(db.counts().unlistens).toBe(1);
		expect(hub.stats).toEqual({ rooms: 0, streams: 0 });
		// A new stream starts a new LISTEN.
		hub.subscribe(W, sink().s);
		await settle();
		expect(db.counts().listens).toBe(2);
	});

	it('ends the streams when it cannot listen, so browsers reconnect and try again', async () => {
		vi.useFakeTimers();
		const hub = new BoardHub({ listen: async () => Promise.reject(new Error('no connection')), readBoard: async () => '{}', onError: () => {} });
		const a = sink();
		hub.subscribe(W, a.s);
		await settle();
		expect(a.ended()).toBe(true);
		expect(hub.stats.rooms).toBe(0);
	});

	it('sends one heartbeat comment to every stream on one timer, and re-reads each board on it in case a LISTEN was lost', async () => {
		vi.useFakeTimers();
		// A LISTEN that never hears anything, as if its connection were gone for good.
		const deaf = vi.fn(async () => async () => {});
		let version = 0;
		const hub = new BoardHub({ listen: deaf, readBoard: async () => JSON.stringify({ version }), heartbeatMs: 15_000 });
		const a = sink();
		const b = sink();
		hub.subscribe(W, a.s);
		hub.subscribe('7f1c2d3e-0000-4000-8000-00000000abcd', b.s);
		version = 1;
		await vi.advanceTimersByTimeAsync(15_100);
		expect(a.received.filter((e) => e.startsWith(':'))).toHaveLength(1);
		expect(b.received.filter((e) => e.startsWith(':'))).toHaveLength(1);
		expect(a.boards()).toEqual([{ version: 1 }]);
	});
});
