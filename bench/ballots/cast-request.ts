import { SESSION_COOKIE } from '../../src/lib/server/auth/session-cookie';
import type { BenchVoter } from './seed-open-vote';

/**
 * The vote form as `use:enhance` posts it: the `cast` action, urlencoded, with the headers that make
 * SvelteKit answer the action's result as JSON (`accept: application/json`, `x-sveltekit-action`)
 * rather than render the whole page — what a resident with JavaScript on costs the server.
 */
export const castPath = (votePath: string) => `${votePath}?/cast`;

export function castHeaders(origin: string, voter: BenchVoter): Record<string, string> {
	return {
		'content-type': 'application/x-www-form-urlencoded',
		accept: 'application/json',
		'x-sveltekit-action': 'true',
		// Our Origin check refuses any state-changing request without it.
		origin,
		cookie: `${SESSION_COOKIE}=${voter.token}`
	};
}

/**
 * An approval ballot of one to three projects (which ones varies by voter). `pot` empty means the
 * whole cycle's ballot: the vote page sends it once pots exist; a cycle without pots ignores it.
 */
export function castBody(proposalIds: string[], voterIndex: number): string {
	const form = new URLSearchParams();
	const count = 1 + (voterIndex % 3);
	for (let i = 0; i < count; i++) form.append('choice', proposalIds[(voterIndex + i * 3) % proposalIds.length]);
	form.append('pot', '');
	return form.toString();
}

export type CastAnswer = { kind: 'receipt'; receiptCode: string } | { kind: 'already_voted' } | { kind: 'other'; detail: string };

const RECEIPT = /[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}/;

/**
 * Reads the action's JSON answer. SvelteKit sends HTTP 200 for a success *and* for a fail(): the
 * outcome is `type` ('success' | 'failure' | 'error'), and `data` is devalue text (a receipt code
 * is the only string of its shape in it).
 */
export function readCastAnswer(status: number, body: string): CastAnswer {
	try {
		const answer = JSON.parse(body) as { type?: string; status?: number; data?: string };
		if (answer.type === 'success' && typeof answer.data === 'string') {
			const code = RECEIPT.exec(answer.data)?.[0];
			if (code) return { kind: 'receipt', receiptCode: code };
		}
		if (answer.type === 'failure' && answer.status === 409 && answer.data?.includes('already_voted')) return { kind: 'already_voted' };
		return { kind: 'other', detail: `${status} ${body.slice(0, 160)}` };
	} catch {
		return { kind: 'other', detail: `${status} ${body.slice(0, 160)}` };
	}
}

/** One cast through fetch (the crash test's way; the load test uses autocannon's own client). */
export async function castBallotOnce(origin: string, votePath: string, proposalIds: string[], voter: BenchVoter, voterIndex: number): Promise<CastAnswer> {
	try {
		const response = await fetch(`${origin}${castPath(votePath)}`, {
			method: 'POST',
			headers: castHeaders(origin, voter),
			body: castBody(proposalIds, voterIndex),
			signal: AbortSignal.timeout(10_000)
		});
		return readCastAnswer(response.status, await response.text());
	} catch (error) {
		return { kind: 'other', detail: (error as Error).cause ? String((error as Error).cause) : String(error) };
	}
}
