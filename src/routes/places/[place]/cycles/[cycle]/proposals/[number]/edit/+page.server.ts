import { error, redirect } from '@sveltejs/kit';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { checkCoCreateGate, openCoCreateSettings } from '$lib/cycles/co-create-gate';
import { formatMoney } from '$lib/format';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { editingSubject, proposalPageOr404 } from '$lib/server/proposals/proposal-page-or-404';
import { describeRefusal, penceAsTyped } from '$lib/server/proposals/proposal-refusals';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { editProposal } from '$lib/server/proposals/edit-proposal';
import { listChallengeChoices } from '$lib/server/proposals/proposal-lookups.queries';
import { canOnProposal } from '$lib/server/proposals/proposals.permissions';
import { editProposalForm } from '$lib/validation/proposals';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, proposal } = await proposalPageOr404(db, params);
	const subject = await editingSubject(db, locals.actor, place.id, proposal.id);
	if (!canOnProposal(locals.actor, 'proposal.edit', subject)) error(locals.actor.kind === 'person' ? 403 : 401, { message: 'Forbidden', code: 'forbidden' });
	const settings = openCoCreateSettings(cycle, new Date());
	const gate = checkCoCreateGate(cycle, { action: 'edit', asGroup: false, estimatedCostMinor: null }, new Date());
	return {
		place,
		cycle,
		proposal,
		// Why it cannot be edited now, if it cannot: the team started its review, or the phase closed.
		refusal: proposal.hiddenReason ? 'proposal_unknown' : proposal.status !== 'submitted' ? 'proposal_review_started' : gate.open ? null : `proposal_${gate.reason}`,
		maxCostText: settings?.maxProposalCostMinor ? formatMoney(settings.maxProposalCostMinor, place.currency, getLocale()) : null,
		challenges: await listChallengeChoices(db, { placeId: place.id, cycleId: cycle.id }),
		saved: {
			title: proposal.title,
			summary: proposal.summary,
			details: proposal.details,
			estimatedCost: penceAsTyped(proposal.estimatedCostMinor),
			locationText: proposal.locationText ?? '',
			challengeId: proposal.challengeId ?? '',
			language: proposal.language,
			baseVersion: String(proposal.version)
		}
	};
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const { place, cycle, proposal } = await proposalPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnProposal, 'proposal.edit', await editingSubject(db, event.locals.actor, place.id, proposal.id));
		const parsed = await parseForm(event, editProposalForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { values } = parsed;
		const { estimatedCost, ...fields } = parsed.data;
		const result = await editProposal({ db, now: new Date() }, actor, { ...fields, estimatedCostMinor: estimatedCost, cycle, proposalId: proposal.id });
		if (!result.ok) {
			const refusal = describeRefusal(result, place, getLocale());
			// Keep every word typed; a second save then knowingly replaces the newer version shown above the form.
			const kept = result.error === 'edited_meanwhile' ? { ...values, baseVersion: String(result.currentVersion) } : values;
			return failForm(refusal.status, refusal.errors, { values: kept, params: refusal.params });
		}
		redirect(303, localizeHref(`/places/${place.slug}/cycles/${cycle.slug}/proposals/${proposal.number}?done=edited`));
	}
} satisfies Actions;
