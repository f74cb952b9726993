import { redirect } from '@sveltejs/kit';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { openCoCreateSettings } from '$lib/cycles/co-create-gate';
import { formatMoney } from '$lib/format';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { findGroupMembership } from '$lib/server/groups/groups.queries';
import { placeAndCycleOr404 } from '$lib/server/cycles/cycle-or-404';
import { failForm } from '$lib/server/platform/http/form-failure';
import { describeRefusal } from '$lib/server/proposals/proposal-refusals';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { listGroupsAdministeredBy } from '$lib/server/proposals/proposal-editors.queries';
import { listChallengeChoices } from '$lib/server/proposals/proposal-lookups.queries';
import { canOnProposal } from '$lib/server/proposals/proposals.permissions';
import { submitProposal } from '$lib/server/proposals/submit-proposal';
import { submitProposalForm } from '$lib/validation/proposals';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle } = await placeAndCycleOr404(db, params);
	const settings = openCoCreateSettings(cycle, new Date());
	const person = locals.actor.kind === 'person' ? locals.actor : null;
	return {
		place,
		cycle,
		open: Boolean(settings?.proposalsOpen),
		signedIn: person !== null,
		maxCostText: settings?.maxProposalCostMinor ? formatMoney(settings.maxProposalCostMinor, place.currency, getLocale()) : null,
		challenges: await listChallengeChoices(db, { placeId: place.id, cycleId: cycle.id }),
		// Offered only where the place takes proposals from groups.
		groups: person && settings?.groupProposals ? await listGroupsAdministeredBy(db, person.userId) : []
	};
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const { place, cycle } = await placeAndCycleOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnProposal, 'proposal.create', { placeId: place.id });
		const parsed = await parseForm(event, submitProposalForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { values } = parsed;
		const { submitAs, estimatedCost, ...fields } = parsed.data;
		const groupId = submitAs === 'me' ? null : submitAs;
		if (groupId) {
			const membership = await findGroupMembership(db, groupId, actor.userId);
			authorize(event.locals.actor, canOnProposal, 'proposal.create_as_group', { placeId: place.id, roleInGroup: membership?.role ?? null });
		}
		const result = await submitProposal({ db, now: new Date() }, actor, { ...fields, estimatedCostMinor: estimatedCost, cycle, groupId });
		if (!result.ok) {
			const refusal = describeRefusal(result, place, getLocale());
			return failForm(refusal.status, refusal.errors, { values, params: refusal.params });
		}
		redirect(303, localizeHref(`/places/${place.slug}/cycles/${cycle.slug}/proposals/${result.number}?done=submitted`));
	}
} satisfies Actions;
