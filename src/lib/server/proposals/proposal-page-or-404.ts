import { error } from '@sveltejs/kit';
import type { Actor } from '../auth/actor';
import type { Database } from '../platform/db/database';
import { findEditorUserIds } from './proposal-editors.queries';
import { findProposalByNumber } from './proposals.queries';
import { placeAndCycleOr404 } from '../cycles/cycle-or-404';

/** The proposal a page's URL names (by its number in the cycle), with its place and cycle; else a 404. */
export async function proposalPageOr404(db: Database, params: { place: string; cycle: string; number: string }) {
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const number = /^\d{1,9}$/.test(params.number) ? Number(params.number) : null;
	const proposal = number === null ? null : await findProposalByNumber(db, { placeId: place.id, cycleId: cycle.id, number });
	if (!proposal) error(404, { message: 'Proposal not found', code: 'proposal_not_found' });
	return { place, cycle, proposal };
}

/** What canOnProposal needs to decide about editing: the place and who may edit (only asked for when someone is signed in). */
export async function editingSubject(db: Database, actor: Actor, placeId: string, proposalId: string) {
	const editorUserIds = actor.kind === 'person' ? await findEditorUserIds(db, { placeId, proposalId }) : [];
	return { placeId, editorUserIds };
}
