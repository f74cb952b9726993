import { getLocale } from '$lib/paraglide/runtime';
import { checkCoCreateGate } from '$lib/cycles/co-create-gate';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { editingSubject, proposalPageOr404 } from '$lib/server/proposals/proposal-page-or-404';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { flagProposal } from '$lib/server/proposals/flag-proposal';
import { hideProposal } from '$lib/server/proposals/hide-proposal';
import { findProposalReports } from '$lib/server/proposals/proposal-lookups.queries';
import { canOnProposal } from '$lib/server/proposals/proposals.permissions';
import { canOnLibrary } from '$lib/server/library/library.permissions';
import { listProposalPhotos } from '$lib/server/proposals/proposals.queries';
import { getMailer } from '$lib/server/platform/services';
import { hideProposalForm } from '$lib/validation/proposals';
import { findWorkshopCredit } from '$lib/server/workshops/workshops.queries';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await getDatabase();
	const { place, cycle, proposal } = await proposalPageOr404(db, params);
	const { actor } = locals;
	const viewerId = actor.kind === 'person' ? actor.userId : null;
	const subject = await editingSubject(db, actor, place.id, proposal.id);
	const canHide = canOnProposal(actor, 'proposal.hide', { placeId: place.id });
	const reports = viewerId ? await findProposalReports(db, { placeId: place.id, proposalId: proposal.id, viewerId }) : { reports: 0, reportedByViewer: false };
	const isEditor = canOnProposal(actor, 'proposal.edit', subject);
	// Editable only by its editors, in the co-create phase, before the team starts its review.
	const editableNow = proposal.status === 'submitted' && checkCoCreateGate(cycle, { action: 'edit', asGroup: false, estimatedCostMinor: null }, new Date()).open;
	return {
		place,
		cycle,
		proposal,
		photos: proposal.hiddenReason ? [] : await listProposalPhotos(db, { placeId: place.id, proposalId: proposal.id }),
		isEditor,
		canEdit: isEditor && editableNow && !proposal.hiddenReason,
		locked: isEditor && proposal.status !== 'submitted',
		canReview: canOnProposal(actor, 'proposal.review', { placeId: place.id }),
		canTagThemes: canOnLibrary(actor, 'library.tag_themes', { placeId: place.id }),
		canHide,
		signedIn: viewerId !== null,
		reports: canHide ? reports.reports : 0,
		reportedByViewer: reports.reportedByViewer,
		// Proposals a workshop room wrote have no author account: say which room it was.
		workshopCredit: await findWorkshopCredit(db, { proposalId: proposal.id }),
		done: url.searchParams.get('done')
	};
};

export const actions = {
	flag: async (event) => {
		const db = await getDatabase();
		const { place, cycle, proposal } = await proposalPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnProposal, 'proposal.flag', { placeId: place.id });
		const result = await flagProposal({ db, now: new Date() }, actor, { placeId: place.id, cycleId: cycle.id, proposalId: proposal.id });
		if (!result.ok) return failForm(400, { form: 'proposal_unknown' }, { form: 'flag' });
		return { reported: true };
	},
	hide: async (event) => {
		const db = await getDatabase();
		const { place, proposal } = await proposalPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnProposal, 'proposal.hide', { placeId: place.id });
		const parsed = await parseForm(event, hideProposalForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values, form: 'hide' });
		const { values } = parsed;
		const result = await hideProposal({ db, mailer: await getMailer(), now: new Date() }, actor, {
			placeId: place.id,
			proposalId: proposal.id,
			reason: parsed.data.reason,
			locale: getLocale()
		});
		if (!result.ok) return failForm(400, { reason: 'proposal_unknown' }, { values, form: 'hide' });
		return { hidden: true };
	}
} satisfies Actions;
