import { redirect } from '@sveltejs/kit';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { requestPasswordReset } from '$lib/server/accounts/passwords-change';
import { allowAnonymous } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { clientAddress } from '$lib/server/platform/http/client-address';
import { failForm, minutesToWait } from '$lib/server/platform/http/form-failure';
import { PENDING_EMAIL_COOKIE } from '$lib/server/accounts/pending-email';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { getMailer } from '$lib/server/platform/services';
import { requestCodeForm } from '$lib/validation/accounts';
import type { Actions } from './$types';

export const actions = {
	default: async (event) => {
		allowAnonymous('anyone may ask for a reset code; the answer never says whether the account exists');
		const parsed = await parseForm(event, requestCodeForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { values } = parsed;
		const result = await requestPasswordReset(
			{ db: await getDatabase(), mailer: await getMailer(), now: new Date() },
			{ email: parsed.data.email, ip: clientAddress(event), locale: getLocale() }
		);
		if (!result.ok) return failForm(429, { email: 'rate_limited' }, { params: minutesToWait(result.retryAfterSeconds), values });
		event.cookies.set(PENDING_EMAIL_COOKIE, parsed.data.email, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 15 * 60 });
		redirect(303, localizeHref('/staff/reset-password/code'));
	}
} satisfies Actions;
