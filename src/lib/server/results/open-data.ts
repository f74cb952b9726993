import { error } from '@sveltejs/kit';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { checkCountGate } from '../../cycles/count-gate';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import type { Place } from '../places/places.table';
import { loadPotVote } from './count-pot';
import { findPotResult } from './results.queries';
import { isUuid } from '../../validation/fields';
import { ballots } from '../voting/voting.table';
import { seededRandom } from '../../results/seeded-random';

/**
 * A counted pot's open data, by the pot segment of the address ("all" for a cycle's single vote,
 * else the pot's id), or 404: files exist only once the count is stored. The ballots come shuffled,
 * so no file keeps the order they were cast in, and shuffled the same way for every download of
 * this count (seeded by the count's id): two downloads are one file, and the .pb and CSV number
 * the ballots alike. The seed needs no secret: the order it shuffles is that of the ballots' random
 * ids, which are never published, so knowing it un-shuffles nothing anyone could link.
 */
export async function openDataOr404(db: Database, place: Place, cycle: CycleWithPhases, potSegment: string) {
	const { result, settings } = await countedResultOr404(db, cycle, potSegment);
	const vote = await loadPotVote(db, { place, cycle, potId: result.potId, settings, random: seededRandom(`open-data:${result.id}`) });
	const pot = { ...vote.pot, outcome: { selected: result.selected ?? [], tieBreak: result.tieBreak } };
	return { result, ...vote, pot };
}

/** The stored count of the pot the address names ("all", or a pot's id), or 404 until it is counted. */
export async function countedResultOr404(db: Database, cycle: CycleWithPhases, potSegment: string) {
	if (potSegment !== 'all' && !isUuid(potSegment)) error(404, { message: 'Not found', code: 'not_found' });
	const potId = potSegment === 'all' ? null : potSegment;
	const gate = checkCountGate(cycle, new Date());
	const result = await findPotResult(db, cycle, potId);
	if (!gate.open || !result || result.state !== 'counted') error(404, { message: 'Not found', code: 'not_found' });
	return { result, settings: gate.settings };
}

/** A download's file name: place, cycle and pot, safe in any file system. */
export function fileName(place: Place, cycle: CycleWithPhases, potSegment: string, extension: string): string {
	return `${place.slug}_${cycle.slug}_${potSegment === 'all' ? 'vote' : potSegment.slice(0, 8)}.${extension}`;
}

/**
 * The counted pot's receipt hashes (SHA-256 of each ballot's receipt code, written in capitals with
 * no dashes), one per ballot in the count, sorted: anyone holding a receipt can find theirs, and the
 * list has as many lines as the ballots file has ballots. They are listed apart from the ballots, in
 * an order of their own, so a receipt shows that a ballot was counted but never what it chose: a
 * receipt that led to its choices would let a voter prove their vote to someone buying or forcing it.
 */
export async function loadReceiptHashes(db: Database, cycle: CycleWithPhases, potId: string | null): Promise<string[]> {
	const rows = await db
		.select({ receiptHash: ballots.receiptHash })
		.from(ballots)
		.where(and(eq(ballots.placeId, cycle.placeId), eq(ballots.cycleId, cycle.id), potId === null ? isNull(ballots.potId) : eq(ballots.potId, potId)))
		.orderBy(asc(ballots.receiptHash));
	return rows.map((row) => row.receiptHash);
}
