import { getLocale } from '$lib/paraglide/runtime';
import { checkCoCreateGate } from '$lib/cycles/co-create-gate';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { editingSubject, proposalPageOr404 } from '$lib/server/proposals/proposal-page-or-404';
import { describeRefusal } from '$lib/server/proposals/proposal-refusals';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { inviteCoauthor } from '$lib/server/proposals/invite-coauthor';
import { listCoauthors } from '$lib/server/proposals/proposal-editors.queries';
import { canOnProposal } from '$lib/server/proposals/proposals.permissions';
import { getMailer } from '$lib/server/platform/services';
import { inviteCoauthorForm } from '$lib/validation/proposals';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDatabase();
	const { place, cycle, proposal } = await proposalPageOr404(db, params);
	const now = new Date();
	const isEditor = canOnProposal(locals.actor, 'proposal.invite_coauthor', await editingSubject(db, locals.actor, place.id, proposal.id));
	const coauthors = await listCoauthors(db, { placeId: place.id, proposalId: proposal.id, now });
	return {
		place,
		cycle,
		proposal,
		// Invited addresses are the editors' business only; everyone sees who writes it.
		coauthors: isEditor ? coauthors : coauthors.filter((c) => c.accepted),
		isEditor,
		canInvite: isEditor && !proposal.hiddenReason && checkCoCreateGate(cycle, { action: 'invite_coauthor' }, now).open
	};
};

export const actions = {
	invite: async (event) => {
		const db = await getDatabase();
		const { place, cycle, proposal } = await proposalPageOr404(db, event.params);
		const actor = authorize(event.locals.actor, canOnProposal, 'proposal.invite_coauthor', await editingSubject(db, event.locals.actor, place.id, proposal.id));
		const parsed = await parseForm(event, inviteCoauthorForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { values } = parsed;
		const result = await inviteCoauthor({ db, mailer: await getMailer(), now: new Date(), origin: event.url.origin }, actor, {
			place,
			cycle,
			proposalId: proposal.id,
			email: parsed.data.email,
			locale: getLocale()
		});
		if (!result.ok) {
			const refusal = describeRefusal(result, place, getLocale());
			return failForm(refusal.status, refusal.errors, { values, params: refusal.params });
		}
		return { invited: parsed.data.email };
	}
} satisfies Actions;
