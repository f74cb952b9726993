import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { resetPassword } from '$lib/server/accounts/passwords-change';
import { allowAnonymous } from '$lib/server/auth/guard';
import { setSessionCookie } from '$lib/server/auth/session-cookie';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { PENDING_EMAIL_COOKIE } from '$lib/server/accounts/pending-email';
import { readForm } from '$lib/server/platform/http/read-form';
import { resetPasswordForm } from '$lib/validation/accounts';
import { fieldErrors } from '$lib/validation/fields';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ cookies }) => {
	const email = cookies.get(PENDING_EMAIL_COOKIE);
	if (!email) redirect(303, localizeHref('/staff/reset-password'));
	return { email };
};

export const actions = {
	default: async (event) => {
		allowAnonymous('the emailed code is the proof; 5 tries, 10 minutes');
		const email = event.cookies.get(PENDING_EMAIL_COOKIE);
		if (!email) redirect(303, localizeHref('/staff/reset-password'));
		const values = await readForm(event);
		const kept = { code: values.code ?? '' };
		const parsed = resetPasswordForm.safeParse(values);
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { values: kept });
		const result = await resetPassword({ db: await getDatabase(), now: new Date() }, { email, code: parsed.data.code, newPassword: parsed.data.password });
		if (!result.ok) {
			const params: Record<string, number> = result.error === 'code_wrong' ? { attempts: result.attemptsLeft } : {};
			return failForm(400, { code: result.error }, { params, values: kept });
		}
		event.cookies.delete(PENDING_EMAIL_COOKIE, { path: '/' });
		setSessionCookie(event.cookies, result.session.token, result.session.expiresAt);
		// Someone with two-step sign-in still passes it; /staff/two-factor sends others on to their account.
		redirect(303, localizeHref('/staff/two-factor'));
	}
} satisfies Actions;
