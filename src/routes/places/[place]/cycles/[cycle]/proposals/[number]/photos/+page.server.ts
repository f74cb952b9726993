import { error } from '@sveltejs/kit';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import type { Database } from '$lib/server/platform/db/database';
import { failForm } from '$lib/server/platform/http/form-failure';
import { proposalPageOr404 } from '$lib/server/proposals/proposal-page-or-404';
import { attachPhoto, MAX_PHOTOS } from '$lib/server/photos/attach-photo';
import { whyProposalPhotosLocked } from '$lib/server/photos/photo-locks';
import { listPhotos } from '$lib/server/photos/photos.queries';
import { readAddedPhoto } from '$lib/server/photos/read-added-photo';
import { findEditorUserIds } from '$lib/server/proposals/proposal-editors.queries';
import { canOnProposal } from '$lib/server/proposals/proposals.permissions';
import type { Actions, PageServerLoad } from './$types';

/** The proposal and who may edit it; a hidden proposal's photos are gone with it (404). */
async function proposalOr404(db: Database, params: { place: string; cycle: string; number: string }) {
	const { place, cycle, proposal } = await proposalPageOr404(db, params);
	if (proposal.hiddenReason !== null) error(404, { message: 'Proposal not found', code: 'proposal_not_found' });
	const editorUserIds = await findEditorUserIds(db, { placeId: place.id, proposalId: proposal.id });
	return { place, cycle, proposal, editorUserIds };
}

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, proposal, editorUserIds } = await proposalOr404(db, params);
	const photos = await listPhotos(db, { placeId: place.id, subject: { kind: 'proposal', id: proposal.id } });
	const isEditor = canOnProposal(locals.actor, 'proposal.edit', { placeId: place.id, editorUserIds });
	const locked = whyProposalPhotosLocked(cycle, proposal, new Date());
	return {
		place,
		cycle,
		proposal: { number: proposal.number, title: proposal.title, language: proposal.language },
		photos,
		max: MAX_PHOTOS.proposal,
		isEditor,
		locked: locked !== null,
		canAdd: isEditor && locked === null && photos.length < MAX_PHOTOS.proposal
	};
};

export const actions = {
	add: async (event) => {
		const db = await getDatabase();
		const { place, cycle, proposal, editorUserIds } = await proposalOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnProposal, 'proposal.edit', { placeId: place.id, editorUserIds });
		const now = new Date();
		const locked = whyProposalPhotosLocked(cycle, proposal, now);
		if (locked) return failForm(400, { photo: locked === 'hidden' ? 'proposal_unknown' : `proposal_${locked}` }, { form: 'photo' });
		const added = await readAddedPhoto(event, { db, now }, actor);
		if (!added.ok) return added.failure;
		const result = await attachPhoto(db, { placeId: place.id, subject: { kind: 'proposal', id: proposal.id }, ...added.upload, uploadedByUserId: actor.userId });
		if (!result.ok) return failForm(400, { photo: result.error }, { form: 'photo' });
		return { added: true };
	}
} satisfies Actions;
