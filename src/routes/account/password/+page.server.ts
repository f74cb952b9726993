import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { canOnAccount } from '$lib/server/accounts/accounts.permissions';
import { changePassword } from '$lib/server/accounts/passwords-change';
import { authorize } from '$lib/server/auth/guard';
import { setSessionCookie } from '$lib/server/auth/session-cookie';
import { getDatabase } from '$lib/server/platform/db';
import { failForm } from '$lib/server/platform/http/form-failure';
import { readForm } from '$lib/server/platform/http/read-form';
import { changePasswordForm } from '$lib/validation/accounts';
import { fieldErrors } from '$lib/validation/fields';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	if (!locals.user?.passwordHash) redirect(303, localizeHref('/account'));
	return {};
};

export const actions = {
	default: async (event) => {
		const { user, session } = event.locals;
		authorize(event.locals.actor, canOnAccount, 'account.change_password', { userId: user?.id ?? '' });
		if (!user || !session) redirect(303, localizeHref('/staff/sign-in'));
		const parsed = changePasswordForm.safeParse(await readForm(event));
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error));
		const result = await changePassword(
			{ db: await getDatabase(), now: new Date() },
			{ user, ...parsed.data, twoFactorVerified: session.twoFactorVerified }
		);
		if (!result.ok) return failForm(400, { currentPassword: result.error });
		setSessionCookie(event.cookies, result.session.token, result.session.expiresAt);
		return { done: true };
	}
} satisfies Actions;
