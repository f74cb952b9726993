import { Agent, request } from 'node:http';

const EMPTY = Buffer.alloc(0);
const BOARD_EVENT = Buffer.from('event: board');

/** One socket per phone, as phones have: no pooling limit. */
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

function post(origin: string, path: string, form: Record<string, string>, cookie = ''): Promise<{ status: number; body: string; cookies: string[] }> {
	const body = new URLSearchParams(form).toString();
	return new Promise((resolve, reject) => {
		const req = request(
			`${origin}${path}`,
			{
				method: 'POST',
				agent,
				headers: {
					origin,
					cookie,
					accept: 'application/json',
					'x-sveltekit-action': 'true',
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': Buffer.byteLength(body)
				}
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (text += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, cookies: res.headers['set-cookie'] ?? [] }));
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

/** Joins the room as a phone does (the join form, posted as use:enhance posts it); the participant cookie, or null when refused. */
export async function joinRoom(origin: string, code: string, name: string): Promise<string | null> {
	const answer = await post(origin, `/w/${code}?/join`, { name });
	return answer.cookies.map((c) => c.split(';')[0]).join('; ') || null;
}

/** The first refusals the app gave, to print beside the figures. */
export const refusals: string[] = [];

/** Posts one room form (idea, addDot) as use:enhance does; true when the action succeeded. */
export async function postRoomForm(origin: string, code: string, action: string, form: Record<string, string>, cookie: string): Promise<boolean> {
	const answer = await post(origin, `/w/${code}?/${action}`, form, cookie);
	// Accepted: the action's own answer, or its way back to the room page.
	const ok = answer.status === 200 && /"type":"(success|redirect)"/.test(answer.body);
	if (!ok && refusals.length < 5) refusals.push(`${action}: ${answer.status} ${answer.body.slice(0, 160)}`);
	return ok;
}

export interface BoardArrival {
	/** performance.now() when the event's last byte arrived. */
	at: number;
	bytes: number;
}

/**
 * A phone's live stream as a plain HTTP client: keeps, for each board event, when it arrived and
 * its size. Events are not decoded here (every stream of a process gets the same bytes; the caller
 * decodes one copy per event), so the bench's own CPU stays off the figures as far as it can.
 */
export class PhoneStream {
	readonly arrivals: BoardArrival[] = [];
	/** The text of the first few events, for the caller to decode once. */
	readonly texts: string[] = [];
	error: string | null = null;
	private rest: Buffer = EMPTY;
	private stop: () => void = () => {};

	constructor(
		origin: string,
		code: string,
		cookie: string,
		private readonly keepText: (ordinal: number) => boolean
	) {
		const req = request(`${origin}/w/${code}/live`, { agent, headers: { cookie, accept: 'text/event-stream' } }, (res) => {
			if (res.statusCode !== 200) {
				this.error = `status ${res.statusCode}`;
				res.resume();
				return;
			}
			res.on('data', (chunk: Buffer) => this.take(chunk));
			res.on('error', (e) => (this.error ??= e.message));
			res.on('end', () => (this.error ??= 'stream ended'));
		});
		req.on('error', (e) => (this.error ??= e.message));
		req.end();
		this.stop = () => req.destroy();
	}

	/** Resolves once the first board has arrived (or the stream failed). */
	async ready(timeoutMs = 60_000): Promise<void> {
		const started = performance.now();
		while (this.arrivals.length === 0 && !this.error && performance.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 20));
	}

	close(): void {
		this.stop();
	}

	private take(chunk: Buffer): void {
		const at = performance.now();
		const data = this.rest.length ? Buffer.concat([this.rest, chunk]) : chunk;
		let from = 0;
		for (;;) {
			const end = data.indexOf('\n\n', from);
			if (end < 0) break;
			const event = data.subarray(from, end);
			from = end + 2;
			// Board events only: not the retry hint, not heartbeat comments.
			if (!event.subarray(0, 12).equals(BOARD_EVENT)) continue;
			const ordinal = this.arrivals.length;
			this.arrivals.push({ at, bytes: event.length });
			if (this.keepText(ordinal)) this.texts[ordinal] = event.toString('utf8');
		}
		this.rest = from < data.length ? data.subarray(from) : EMPTY;
	}
}
