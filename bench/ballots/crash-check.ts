import type { Sql } from 'postgres';
import { hashCode } from '../../src/lib/server/voting/hash-code';
import type { OpenVote } from './seed-open-vote';

export interface CrashVerdict {
	/** Acknowledged receipt codes whose hash is among the cycle's ballots. */
	found: number;
	/** Acknowledged ballots missing from the database (receipt hash absent, or no participation). */
	lost: number;
	/** Voter keys with more than one participation (the unique key should make this impossible). */
	duplicates: number;
	ballots: number;
	participations: number;
	/**
	 * Participations beyond the acknowledged ballots and the ones a retry showed were recorded before
	 * a crash cut the answer: a ballot nobody can account for.
	 */
	unexplained: number;
}

/**
 * What Postgres holds after the crashes, against what the app acknowledged. Receipt codes are
 * stored only as hashes, so each acknowledged code is hashed as the app does (hashCode) and looked
 * up; each acknowledged resident must also have their participation.
 */
export async function checkAfterCrashes(sql: Sql, vote: OpenVote, acknowledged: Map<number, string>, recordedButUnanswered: number): Promise<CrashVerdict> {
	const hashes = new Set((await sql<{ receipt_hash: string }[]>`select receipt_hash from ballots where cycle_id = ${vote.cycleId}`).map((r) => r.receipt_hash));
	const voterKeys = new Set((await sql<{ voter_key: string }[]>`select voter_key from participations where cycle_id = ${vote.cycleId}`).map((r) => r.voter_key));
	const [{ duplicates }] = await sql<{ duplicates: number }[]>`
		select count(*)::int as duplicates from (
			select voter_key from participations where cycle_id = ${vote.cycleId} group by pot_id, voter_key having count(*) > 1
		) as doubled`;
	const [counts] = await sql<{ ballots: number; participations: number }[]>`
		select (select count(*)::int from ballots where cycle_id = ${vote.cycleId}) as ballots,
		       (select count(*)::int from participations where cycle_id = ${vote.cycleId}) as participations`;
	let found = 0;
	let lost = 0;
	for (const [index, code] of acknowledged) {
		const inBallots = hashes.has(hashCode(code));
		if (inBallots) found++;
		if (!inBallots || !voterKeys.has(`user:${vote.voters[index].userId}`)) lost++;
	}
	return { found, lost, duplicates, ballots: counts.ballots, participations: counts.participations, unexplained: counts.participations - acknowledged.size - recordedButUnanswered };
}
