import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { canOnAccount } from '$lib/server/accounts/accounts.permissions';
import { generateTotpKey, passSecondFactor, totpKeyUri } from '$lib/server/accounts/two-factor';
import { authorize } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { readForm } from '$lib/server/platform/http/read-form';
import { totpForm } from '$lib/validation/accounts';
import { fieldErrors } from '$lib/validation/fields';
import { failForm, minutesToWait } from '$lib/server/platform/http/form-failure';
import type { Actions, PageServerLoad } from './$types';

/** Staff without two-step sign-in can turn it on here (stewards are made to at sign-in). */
export const load: PageServerLoad = ({ locals }) => {
	const { user, session } = locals;
	if (!user || !session || session.signedInWith !== 'password' || user.totpKey) redirect(303, localizeHref('/account'));
	const key = generateTotpKey();
	return { key, uri: totpKeyUri(key, user.email) };
};

export const actions = {
	default: async (event) => {
		const { user, session } = event.locals;
		authorize(event.locals.actor, canOnAccount, 'account.set_up_two_factor', { userId: user?.id ?? '' });
		if (!user || !session || session.signedInWith !== 'password' || user.totpKey) redirect(303, localizeHref('/account'));
		const values = await readForm(event);
		const key = /^[A-Z2-7]{32}$/.test(values.key ?? '') ? values.key : generateTotpKey();
		const setup = { key, uri: totpKeyUri(key, user.email) };
		const parsed = totpForm.safeParse(values);
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { extra: { setup } });
		const result = await passSecondFactor({ db: await getDatabase(), now: new Date() }, { user, session, code: parsed.data.code, newKey: key });
		if (!result.ok) {
			const params: Record<string, number> = result.error === 'rate_limited' ? minutesToWait(result.retryAfterSeconds) : {};
			return failForm(400, { code: result.error }, { params, extra: { setup } });
		}
		redirect(303, localizeHref('/account'));
	}
} satisfies Actions;
