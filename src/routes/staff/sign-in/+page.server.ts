import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { invalidateSession } from '$lib/server/accounts/sessions';
import { staffLandingPath } from '$lib/server/accounts/staff-landing';
import { signInWithPassword } from '$lib/server/accounts/staff-sign-in';
import { allowAnonymous } from '$lib/server/auth/guard';
import { setSessionCookie } from '$lib/server/auth/session-cookie';
import { getDatabase } from '$lib/server/platform/db';
import { clientAddress } from '$lib/server/platform/http/client-address';
import { readForm } from '$lib/server/platform/http/read-form';
import { staffSignInForm } from '$lib/validation/accounts';
import { fieldErrors } from '$lib/validation/fields';
import { failForm, minutesToWait } from '$lib/server/platform/http/form-failure';
import type { Actions } from './$types';

export const actions = {
	default: async (event) => {
		allowAnonymous('signing in with a password; limited per address and per IP, failures audited');
		const values = await readForm(event);
		// The password is never sent back to the page.
		const kept = { email: values.email ?? '' };
		const parsed = staffSignInForm.safeParse(values);
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { values: kept });
		const db = await getDatabase();
		const result = await signInWithPassword({ db, now: new Date() }, { ...parsed.data, ip: clientAddress(event) });
		if (!result.ok) {
			if (result.error === 'rate_limited') {
				return failForm(429, { email: 'rate_limited' }, { params: minutesToWait(result.retryAfterSeconds), values: kept });
			}
			return failForm(400, { email: 'credentials_wrong' }, { values: kept });
		}
		// Rotation: whatever session this browser had before is ended.
		if (event.locals.session) await invalidateSession(db, event.locals.session.id);
		setSessionCookie(event.cookies, result.token, result.expiresAt);
		redirect(303, localizeHref(result.next === 'done' ? await staffLandingPath(db, result.user) : '/staff/two-factor'));
	}
} satisfies Actions;
