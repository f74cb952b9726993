import autocannon from 'autocannon';
import { castBody, castHeaders, castPath, readCastAnswer } from './cast-request';
import type { OpenVote } from './seed-open-vote';

/** Hands out each voter once, across every load run: no request ever repeats a voter. */
export class VoterQueue {
	next = 0;
	constructor(readonly vote: OpenVote) {}
	take(): number | null {
		return this.next < this.vote.voters.length ? this.next++ : null;
	}
}

export interface LoadResult {
	/** Requests answered with a receipt code. */
	receipts: number;
	alreadyVoted: number;
	/** Anything else answered (refusals, errors) and connection errors. */
	other: number;
	errors: number;
	durationS: number;
	p50: number;
	p99: number;
	sample?: string;
	/** True when the queue ran dry and autocannon stopped early. */
	ranOut: boolean;
}

/**
 * Casts ballots through the running app with autocannon, a fresh voter for every request (its
 * session cookie and ballot set in setupRequest). Latency is autocannon's, send to last byte.
 */
export async function castUnderLoad(origin: string, queue: VoterQueue, options: { connections: number; durationS?: number; amount?: number; overallRate?: number }): Promise<LoadResult> {
	const { vote } = queue;
	const tally = { receipts: 0, alreadyVoted: 0, other: 0, sample: undefined as string | undefined, ranOut: false };
	const result = await autocannon({
		url: origin,
		connections: options.connections,
		// autocannon refuses an option given as undefined: pass only the ones set.
		...(options.durationS ? { duration: options.durationS } : {}),
		...(options.amount ? { amount: options.amount } : {}),
		...(options.overallRate ? { overallRate: options.overallRate } : {}),
		timeout: 10,
		requests: [
			{
				method: 'POST',
				path: castPath(vote.votePath),
				setupRequest: (request) => {
					const index = queue.take();
					// A falsy answer would restart the request list; stopping is done below instead.
					if (index === null) {
						tally.ranOut = true;
						return { ...request, headers: castHeaders(origin, { userId: '', token: 'spent' }), body: '' };
					}
					return { ...request, headers: castHeaders(origin, vote.voters[index]), body: castBody(vote.proposalIds, index) };
				},
				onResponse: (status, body) => {
					const answer = readCastAnswer(status, body);
					if (answer.kind === 'receipt') tally.receipts++;
					else if (answer.kind === 'already_voted') tally.alreadyVoted++;
					else {
						tally.other++;
						tally.sample ??= answer.detail;
					}
				}
			}
		]
	});
	return {
		receipts: tally.receipts,
		alreadyVoted: tally.alreadyVoted,
		other: tally.other,
		errors: result.errors,
		durationS: result.duration,
		p50: result.latency.p50,
		p99: result.latency.p99,
		sample: tally.sample,
		ranOut: tally.ranOut
	};
}
