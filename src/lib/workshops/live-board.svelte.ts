import type { WorkshopBoard } from './board';

export type { BoardActivity, BoardIdea, WorkshopBoard } from './board';

/** `live` while events arrive; `reconnecting` after the stream broke, until the next board comes. */
export type LiveBoardStatus = 'connecting' | 'live' | 'reconnecting';

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 30_000;

/**
 * A workshop board kept up to date from the server-sent events at `url` (/w/<code>/live): every
 * event is the whole board, so there is nothing to patch and nothing to drift. Call it while a
 * component initialises, with the board the page loaded; `board` follows the stream and also any
 * newer board the page loads (after a form submit), `status` says whether the stream is up.
 * EventSource reconnects by itself after a dropped connection; when it gives up (the server
 * answered with an error, a proxy said 502) this opens a new one after 1, 2, 4 … 30 s.
 * Closes when the component is destroyed. Without EventSource (very old browsers) the page just
 * shows what it loaded.
 */
export function liveBoard<T extends { id: string } = WorkshopBoard>(initial: () => T, url: () => string) {
	// eslint-disable-next-line svelte/prefer-writable-derived -- the board stays a deep $state proxy, which a $derived is not
	let board = $state(initial());
	let status = $state<LiveBoardStatus>('connecting');

	// A board the page itself loads again (after a form submit) is at least as new as the one shown.
	$effect.pre(() => {
		board = initial();
	});

	$effect(() => {
		if (typeof EventSource === 'undefined') return;
		const address = url();
		let source: EventSource | null = null;
		let retryMs = FIRST_RETRY_MS;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let stopped = false;

		const open = () => {
			source = new EventSource(address);
			source.addEventListener('board', (event) => {
				try {
					board = JSON.parse((event as MessageEvent<string>).data) as T;
				} catch {
					return;
				}
				status = 'live';
				retryMs = FIRST_RETRY_MS;
			});
			source.onerror = () => {
				status = 'reconnecting';
				// CONNECTING: the browser is retrying by itself. CLOSED: it gave up; we try again later.
				if (source?.readyState !== EventSource.CLOSED || stopped) return;
				source = null;
				timer = setTimeout(open, retryMs);
				retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
			};
		};
		open();
		return () => {
			stopped = true;
			clearTimeout(timer);
			source?.close();
		};
	});

	return {
		get board() {
			return board;
		},
		get status() {
			return status;
		}
	};
}
