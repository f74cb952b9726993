import { redirect } from '@sveltejs/kit';
import { localizeHref, getLocale } from '$lib/paraglide/runtime';
import { requestSignInCode } from '$lib/server/accounts/sign-in';
import { allowAnonymous } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { clientAddress } from '$lib/server/platform/http/client-address';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { PENDING_EMAIL_COOKIE } from '$lib/server/accounts/pending-email';
import { getMailer } from '$lib/server/platform/services';
import { requestCodeForm } from '$lib/validation/accounts';
import { withNext } from '$lib/accounts/sign-in-href';
import { safeReturnPath } from '$lib/server/platform/http/safe-next';
import { failForm, minutesToWait } from '$lib/server/platform/http/form-failure';
import type { Actions } from './$types';

export const actions = {
	default: async (event) => {
		allowAnonymous('anyone may ask for a sign-in code; limits are per address and per IP');
		const parsed = await parseForm(event, requestCodeForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { values } = parsed;
		const result = await requestSignInCode(
			{ db: await getDatabase(), mailer: await getMailer(), now: new Date() },
			{ email: parsed.data.email, ip: clientAddress(event), locale: getLocale() }
		);
		if (!result.ok) {
			return failForm(429, { email: 'rate_limited' }, { params: minutesToWait(result.retryAfterSeconds), values });
		}
		// The address rides in a short-lived cookie, not the URL, so it stays out of logs and history.
		event.cookies.set(PENDING_EMAIL_COOKIE, parsed.data.email, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 15 * 60 });
		// Where they were before signing in rides along to the code page (checked again there).
		const next = safeReturnPath(event.url.searchParams.get('next'), getLocale(), event.url.origin);
		redirect(303, withNext(localizeHref('/sign-in/code'), next));
	}
} satisfies Actions;
