import { error } from '@sveltejs/kit';
import { checkCountGate } from '../../cycles/count-gate';
import type { CycleWithPhases } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import type { Place } from '../places/places.table';
import { loadPotVote } from './count-pot';
import { findPotResult } from './results.queries';
import { isUuid } from '../../validation/fields';

/**
 * A counted pot's open data, by the pot segment of the address ("all" for a cycle's single vote,
 * else the pot's id), or 404: files exist only once the count is stored. The ballots come
 * shuffled afresh on every download, so no file keeps the order they were cast in.
 */
export async function openDataOr404(db: Database, place: Place, cycle: CycleWithPhases, potSegment: string) {
	if (potSegment !== 'all' && !isUuid(potSegment)) error(404, { message: 'Not found', code: 'not_found' });
	const potId = potSegment === 'all' ? null : potSegment;
	const gate = checkCountGate(cycle, new Date());
	const result = await findPotResult(db, cycle, potId);
	if (!gate.open || !result || result.state !== 'counted') error(404, { message: 'Not found', code: 'not_found' });
	const vote = await loadPotVote(db, { place, cycle, potId, settings: gate.settings });
	return { result, ...vote };
}

/** A download's file name: place, cycle and pot, safe in any file system. */
export function fileName(place: Place, cycle: CycleWithPhases, potSegment: string, extension: string): string {
	return `${place.slug}_${cycle.slug}_${potSegment === 'all' ? 'vote' : potSegment.slice(0, 8)}.${extension}`;
}
