import { findPublishedCycle } from '../cycles/cycles.queries';
import type { Database } from '../platform/db/database';
import { findPlaceBySlug } from '../places/places.queries';
import { listCycleProposals } from './proposals.queries';
import type { ProposalStatus } from '../../proposals/proposal-statuses';

/**
 * Everything the proposals list page reads: the place, the cycle with its phases, and one page of
 * proposals (plus where the next page starts). A fixed number of queries however many proposals
 * the cycle has: a test counts them at 10 and at 1,000, and bench/proposals times it.
 * Null when the place or the (published) cycle does not exist.
 */
export async function loadProposalListPage(
	db: Database,
	input: { placeSlug: string; cycleSlug: string; pageSize: number; beforeNumber?: number | null; statuses?: ProposalStatus[] }
) {
	const place = await findPlaceBySlug(db, input.placeSlug);
	if (!place) return null;
	const cycle = await findPublishedCycle(db, place.id, input.cycleSlug);
	if (!cycle) return null;
	// One more than the page shows: whether it is there says if there is an older page.
	const rows = await listCycleProposals(db, { placeId: place.id, cycleId: cycle.id, limit: input.pageSize + 1, beforeNumber: input.beforeNumber, statuses: input.statuses });
	const shown = rows.slice(0, input.pageSize);
	return { place, cycle, proposals: shown, olderThan: rows.length > input.pageSize ? shown[shown.length - 1].number : null };
}
