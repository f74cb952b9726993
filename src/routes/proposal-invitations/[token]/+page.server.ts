import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { allowAnonymous } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { acceptCoauthorInvitation, findOpenCoauthorInvitation } from '$lib/server/proposals/accept-coauthor-invitation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await findOpenCoauthorInvitation(await getDatabase(), params.token, new Date());
	if (!found) return { invitation: null };
	return {
		invitation: { email: found.invitedEmail, number: found.number, title: found.title },
		place: { name: found.placeName, languages: found.placeLanguages },
		signedInAs: locals.actor.kind === 'person' ? locals.actor.email : null
	};
};

export const actions = {
	default: async (event) => {
		allowAnonymous('the emailed link is the invitee’s proof; accepting also needs the invited address to be signed in (checked below and in the domain)');
		const { actor } = event.locals;
		if (actor.kind !== 'person') redirect(303, localizeHref('/sign-in'));
		const result = await acceptCoauthorInvitation({ db: await getDatabase(), now: new Date() }, actor, event.params.token);
		if (!result.ok) {
			const code = result.error === 'invitation_invalid' ? 'invitation_invalid' : `proposal_${result.error}`;
			return failForm(400, { form: code });
		}
		redirect(303, localizeHref(`/places/${result.placeSlug}/cycles/${result.cycleSlug}/proposals/${result.number}?done=coauthor`));
	}
} satisfies Actions;
