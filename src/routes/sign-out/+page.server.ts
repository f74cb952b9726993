import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { invalidateSession } from '$lib/server/accounts/sessions';
import { allowAnonymous } from '$lib/server/auth/guard';
import { deleteSessionCookie } from '$lib/server/auth/session-cookie';
import { getDatabase } from '$lib/server/platform/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, localizeHref('/'));

export const actions = {
	default: async ({ locals, cookies }) => {
		allowAnonymous('signing out only ever ends the caller’s own session');
		if (locals.session) await invalidateSession(await getDatabase(), locals.session.id);
		deleteSessionCookie(cookies);
		redirect(303, localizeHref('/'));
	}
} satisfies Actions;
