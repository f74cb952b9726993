import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { proposalPageOr404 } from '$lib/server/proposals/proposal-page-or-404';
import { failForm } from '$lib/server/platform/http/form-failure';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { canOnProposal } from '$lib/server/proposals/proposals.permissions';
import { countMergedIn, listMergeTargets, reviewProposal, type ReviewRefusal } from '$lib/server/proposals/review-proposal';
import { getMailer } from '$lib/server/platform/services';
import { findVoteSettingsMisfit } from '$lib/server/voting/vote-settings';
import { reviewForm } from '$lib/validation/review';
import type { Actions, PageServerLoad } from './$types';

/** Which field of the form a refusal belongs to, so the message sits beside it. */
const fieldOf: Record<Exclude<ReviewRefusal, 'proposal_unknown'>, string> = {
	review_proposal_hidden: 'status',
	review_has_merged_in: 'status',
	review_after_count: 'status',
	review_reason_missing: 'reason',
	review_reason_unchanged: 'reason',
	review_cost_missing: 'reviewedCost',
	review_merge_target_missing: 'mergedInto',
	review_merge_target_unknown: 'mergedInto',
	review_merge_target_merged: 'mergedInto'
};

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, proposal } = await proposalPageOr404(db, params);
	authorize(locals.actor, canOnProposal, 'proposal.review', { placeId: place.id }, '/staff/sign-in');
	const ref = { placeId: place.id, cycleId: cycle.id, proposalId: proposal.id };
	return { place, cycle, proposal, mergeTargets: await listMergeTargets(db, ref), mergedIn: await countMergedIn(db, ref) };
};

export const actions = {
	default: async (event) => {
		const db = await getDatabase();
		const { place, cycle, proposal } = await proposalPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnProposal, 'proposal.review', { placeId: place.id });
		const parsed = await parseForm(event, reviewForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { values } = parsed;
		const result = await reviewProposal({ db, mailer: await getMailer(), now: new Date() }, actor, {
			...parsed.data,
			placeId: place.id,
			cycleId: cycle.id,
			proposalId: proposal.id,
			currency: place.currency,
			locale: getLocale()
		});
		if (!result.ok) {
			if (result.error === 'proposal_unknown') error(404, { message: 'Proposal not found', code: 'proposal_not_found' });
			return failForm(400, { [fieldOf[result.error]]: result.error }, { values });
		}
		// A proposal joining or leaving a ballot, or costing something else, can leave the saved vote settings unfit for it.
		return { reviewed: parsed.data.status, misfit: await findVoteSettingsMisfit(db, cycle) };
	}
} satisfies Actions;
