import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { allowAnonymous } from '$lib/server/auth/guard';
import { setSessionCookie } from '$lib/server/auth/session-cookie';
import { getDatabase } from '$lib/server/platform/db';
import { readForm } from '$lib/server/platform/http/read-form';
import { acceptInvitation, findOpenInvitation } from '$lib/server/teams/accept-invitation';
import { acceptInvitationForm } from '$lib/validation/accounts';
import { fieldErrors } from '$lib/validation/fields';
import { failForm } from '$lib/server/platform/http/form-failure';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await findOpenInvitation(await getDatabase(), params.token, new Date());
	if (!found) return { invitation: null };
	const { invitation, place, existingUser } = found;
	return {
		invitation: { email: invitation.email, role: invitation.role },
		place: { name: place.name, languages: place.languages },
		// Someone who already has a password proves it by being signed in as that address.
		needsSignIn: Boolean(existingUser?.passwordHash) && locals.user?.id !== existingUser?.id,
		needsPassword: !existingUser?.passwordHash
	};
};

export const actions = {
	default: async (event) => {
		allowAnonymous('the emailed link is the invitee’s proof; it is single-use and expires');
		const values = await readForm(event);
		const db = await getDatabase();
		const found = await findOpenInvitation(db, event.params.token, new Date());
		const needsPassword = !found?.existingUser?.passwordHash;
		const kept = { displayName: values.displayName ?? '' };
		let input: { displayName?: string; password?: string } = {};
		if (needsPassword) {
			const parsed = acceptInvitationForm.safeParse(values);
			if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { values: kept });
			input = parsed.data;
		}
		const result = await acceptInvitation({ db, now: new Date() }, { token: event.params.token, signedInUser: event.locals.user, ...input });
		if (!result.ok) return failForm(400, { form: result.error }, { values: kept });
		if (result.session) setSessionCookie(event.cookies, result.session.token, result.session.expiresAt);
		// Straight to the place's home: what is open and what waits on the team (the team is one link away).
		redirect(303, localizeHref(`/places/${result.placeSlug}/home`));
	}
} satisfies Actions;
