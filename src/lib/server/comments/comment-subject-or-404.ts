import { error } from '@sveltejs/kit';
import { findProposalToDiscuss } from './comments.queries';
import type { Database } from '../platform/db/database';
import { findCyclePost } from '../posts/find-cycle-post';
import { placeAndCycleOr404 } from '../cycles/cycle-or-404';

/*
 * The pages with comments (a post's own page, a proposal's discussion) find their place, cycle and
 * subject from the URL the same way; anything that is not there, or not of this place, is a 404.
 */

export async function postOr404(db: Database, params: { place: string; cycle: string; post: string }, viewerId: string | null) {
	const { place, cycle } = await placeAndCycleOr404(db, params);
	// The route's [post=uuid] matcher has already answered 404 to anything that is not an id.
	const post = await findCyclePost(db, { placeId: place.id, cycleId: cycle.id, postId: params.post, viewerId });
	if (!post) error(404, { message: 'Post not found', code: 'post_not_found' });
	return { place, cycle, post };
}

export async function proposalOr404(db: Database, params: { place: string; cycle: string; number: string }) {
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const number = /^\d{1,9}$/.test(params.number) ? Number(params.number) : null;
	const proposal = number === null ? null : await findProposalToDiscuss(db, { placeId: place.id, cycleId: cycle.id, number });
	if (!proposal) error(404, { message: 'Proposal not found', code: 'proposal_not_found' });
	return { place, cycle, proposal };
}
