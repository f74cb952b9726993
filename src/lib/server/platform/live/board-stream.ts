import type { BoardHub, BoardSink } from './board-hub';

const encoder = new TextEncoder();

/** A stream that has this many events waiting unread (a stalled phone) is ended: it reconnects and gets the latest board. */
const MOST_QUEUED = 16;

export const BOARD_STREAM_HEADERS = {
	'content-type': 'text/event-stream; charset=utf-8',
	// Never cached, never compressed or buffered on the way (nginx honours X-Accel-Buffering).
	'cache-control': 'no-cache, no-transform',
	'x-accel-buffering': 'no'
};

/**
 * A server-sent-event response fed by the hub: a `retry:` hint for EventSource, the current board
 * as the first event (so a reconnecting browser is always caught up), then the board on every
 * change and the hub's heartbeat comments. Stops feeding when the client goes away.
 */
export function boardStreamResponse(hub: BoardHub, workshopId: string, signal: AbortSignal, { retryMs = 2000 } = {}): Response {
	let stop = () => {};
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			let open = true;
			let unsubscribe = () => {};
			stop = () => {
				if (!open) return;
				open = false;
				unsubscribe();
				signal.removeEventListener('abort', stop);
			};
			const sink: BoardSink = {
				send(event) {
					if (!open) return;
					if ((controller.desiredSize ?? 0) < -MOST_QUEUED) return sink.end();
					try {
						controller.enqueue(event);
					} catch {
						stop();
					}
				},
				end() {
					stop();
					try {
						controller.close();
					} catch {
						// Already closed or cancelled.
					}
				}
			};
			controller.enqueue(encoder.encode(`retry: ${retryMs}\n\n`));
			if (signal.aborted) return void (open = false);
			signal.addEventListener('abort', stop, { once: true });
			unsubscribe = hub.subscribe(workshopId, sink);
		},
		cancel() {
			stop();
		}
	});
	return new Response(body, { headers: BOARD_STREAM_HEADERS });
}
