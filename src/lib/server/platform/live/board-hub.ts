import type { DatabaseHandle, Unlisten } from '../db/database';
import { liveChannel } from './publish';

/** One open stream. `send` takes a server-sent event already framed and shared by every stream: never modify it. */
export interface BoardSink {
	send(event: Uint8Array): void;
	/** The hub cannot feed this stream (no LISTEN): close it, so the browser reconnects and tries again. */
	end(): void;
}

export interface BoardHubDeps {
	listen: DatabaseHandle['listen'];
	/** The board as JSON, read from the database (the one source of truth); null when the workshop is gone. */
	readBoard(workshopId: string): Promise<string | null>;
	/** Waits this long after a notification before re-reading, so a burst costs one read. */
	debounceMs?: number;
	/** A comment line to every stream this often, so proxies and phones keep the connection open. 0 = none. */
	heartbeatMs?: number;
	/** Told when a re-read fails (the next notification, or reconnect, tries again). */
	onError?(error: unknown): void;
}

interface Room {
	sinks: Set<BoardSink>;
	/** The newest board event sent; a stream joining the room gets it at once. */
	latest: Uint8Array | null;
	latestJson: string | null;
	reading: boolean;
	/** A notification came while a read was in flight: read once more after it. */
	again: boolean;
	timer: ReturnType<typeof setTimeout> | null;
	unlisten: Promise<Unlisten | null>;
	closed: boolean;
}

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(': keep-alive\n\n');

/** One SSE `board` event: the JSON is one line (JSON.stringify never emits a raw newline). */
export function boardEvent(json: string): Uint8Array {
	return encoder.encode(`event: board\ndata: ${json}\n\n`);
}

/**
 * The per-process fan-out of live workshop boards. For each workshop with at least one open
 * stream in this process there is ONE `LISTEN` on its channel; a notification (from any app
 * process, delivered by Postgres at commit) schedules ONE re-read of the board, however many
 * notifications arrive meanwhile (at most one read in flight plus one pending), and the same
 * encoded event goes to every stream of that workshop. When listening (re)starts — first time, and
 * after a dropped connection comes back — the board is re-read, so nothing missed stays missed.
 * The database is the only source of truth: the hub keeps nothing but the last board it sent.
 */
export class BoardHub {
	private readonly rooms = new Map<string, Room>();
	private readonly debounceMs: number;
	private heartbeat: ReturnType<typeof setInterval> | null = null;

	constructor(private readonly deps: BoardHubDeps) {
		this.debounceMs = deps.debounceMs ?? 50;
	}

	/** How many workshops this process is listening for, and how many streams it feeds (for tests and the bench). */
	get stats(): { rooms: number; streams: number } {
		let streams = 0;
		for (const room of this.rooms.values()) streams += room.sinks.size;
		return { rooms: this.rooms.size, streams };
	}

	/**
	 * Adds a stream for a workshop. It gets the current board as soon as the hub has one (at once
	 * when another stream already has it, else after the first read), then every change. Returns the
	 * function that removes it; the last one out stops listening.
	 */
	subscribe(workshopId: string, sink: BoardSink): () => void {
		let room = this.rooms.get(workshopId);
		if (!room) {
			room = this.openRoom(workshopId);
		} else if (room.latest) {
			sink.send(room.latest);
		}
		room.sinks.add(sink);
		this.startHeartbeat();
		const joined = room;
		return () => {
			if (!joined.sinks.delete(sink) || joined.sinks.size > 0 || joined.closed) return;
			this.closeRoom(workshopId, joined);
		};
	}

	/** Re-reads a workshop's board now (coalesced like a notification): e.g. a test, or a caller that knows. */
	refresh(workshopId: string): void {
		const room = this.rooms.get(workshopId);
		if (room) this.schedule(workshopId, room, 0);
	}

	private openRoom(workshopId: string): Room {
		const room: Room = { sinks: new Set(), latest: null, latestJson: null, reading: false, again: false, timer: null, unlisten: Promise.resolve(null), closed: false };
		this.rooms.set(workshopId, room);
		const onNotify = () => this.schedule(workshopId, room, this.debounceMs);
		// Each (re)start of listening re-reads at once: whatever changed while we were not listening.
		const onListen = () => this.schedule(workshopId, room, 0);
		room.unlisten = this.deps.listen(liveChannel('workshop', workshopId), onNotify, onListen).then(
			(unlisten) => {
				// Everyone left while LISTEN was starting: stop it again.
				if (room.closed) void unlisten().catch(() => {});
				return unlisten;
			},
			(error) => {
				this.deps.onError?.(error);
				// No LISTEN, so no updates: end the streams (each browser reconnects and tries again).
				room.closed = true;
				if (room.timer) clearTimeout(room.timer);
				if (this.rooms.get(workshopId) === room) this.rooms.delete(workshopId);
				for (const sink of room.sinks) sink.end();
				room.sinks.clear();
				this.stopHeartbeatIfIdle();
				return null;
			}
		);
		return room;
	}

	private closeRoom(workshopId: string, room: Room): void {
		room.closed = true;
		if (room.timer) clearTimeout(room.timer);
		room.timer = null;
		if (this.rooms.get(workshopId) === room) this.rooms.delete(workshopId);
		this.stopHeartbeatIfIdle();
		void room.unlisten.then((unlisten) => unlisten?.()).catch((error) => this.deps.onError?.(error));
	}

	/**
	 * One timer for the whole process, writing the same bytes to every stream. Each beat also
	 * re-reads every board (one read per workshop, sent only if it changed): a safety net should a
	 * LISTEN connection be lost for good (postgres.js gives up re-listening if the database does
	 * not answer at that moment), so a board is never more than one beat behind.
	 */
	private startHeartbeat(): void {
		const every = this.deps.heartbeatMs ?? 0;
		if (this.heartbeat || every <= 0) return;
		this.heartbeat = setInterval(() => {
			for (const [workshopId, room] of this.rooms) {
				for (const sink of room.sinks) sink.send(HEARTBEAT);
				this.schedule(workshopId, room, 0);
			}
		}, every);
		this.heartbeat.unref?.();
	}

	private stopHeartbeatIfIdle(): void {
		if (this.heartbeat && this.rooms.size === 0) {
			clearInterval(this.heartbeat);
			this.heartbeat = null;
		}
	}

	private schedule(workshopId: string, room: Room, delayMs: number): void {
		if (room.closed) return;
		if (room.reading) {
			room.again = true;
			return;
		}
		if (room.timer) {
			if (delayMs > 0) return;
			clearTimeout(room.timer);
		}
		room.timer = setTimeout(() => {
			room.timer = null;
			void this.read(workshopId, room);
		}, delayMs);
	}

	private async read(workshopId: string, room: Room): Promise<void> {
		room.reading = true;
		room.again = false;
		try {
			const json = await this.deps.readBoard(workshopId);
			// Unchanged (a reconnect with nothing missed, a no-op change): nothing to send.
			if (json !== null && json !== room.latestJson && !room.closed) {
				room.latestJson = json;
				room.latest = boardEvent(json);
				for (const sink of room.sinks) sink.send(room.latest);
			}
		} catch (error) {
			this.deps.onError?.(error);
		} finally {
			room.reading = false;
			if (room.again) this.schedule(workshopId, room, this.debounceMs);
		}
	}
}
