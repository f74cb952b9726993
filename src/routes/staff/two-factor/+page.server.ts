import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { staffLandingPath } from '$lib/server/accounts/staff-landing';
import { generateTotpKey, passSecondFactor, totpKeyUri } from '$lib/server/accounts/two-factor';
import { owesSecondFactor } from '$lib/server/auth/actor';
import { allowAnonymous } from '$lib/server/auth/guard';
import { getDatabase } from '$lib/server/platform/db';
import { readForm } from '$lib/server/platform/http/read-form';
import { totpForm } from '$lib/validation/accounts';
import { fieldErrors } from '$lib/validation/fields';
import { failForm, minutesToWait } from '$lib/server/platform/http/form-failure';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const { user, session } = locals;
	if (!user || !session || session.signedInWith !== 'password') redirect(303, localizeHref('/staff/sign-in'));
	if (!owesSecondFactor(user, session)) redirect(303, localizeHref('/account'));
	if (user.totpKey) return { setup: null };
	// Stewards without a key set one up now; the key travels in the form and is saved once a code proves it.
	const key = generateTotpKey();
	return { setup: { key, uri: totpKeyUri(key, user.email) } };
};

export const actions = {
	default: async (event) => {
		allowAnonymous('the second step of a sign-in that has already passed the password; it only ever marks the caller’s own session');
		const { user, session } = event.locals;
		if (!user || !session || session.signedInWith !== 'password') redirect(303, localizeHref('/staff/sign-in'));
		const values = await readForm(event);
		const parsed = totpForm.safeParse(values);
		const newKey = user.totpKey ? undefined : /^[A-Z2-7]{32}$/.test(values.key ?? '') ? values.key : undefined;
		const setup = newKey ? { key: newKey, uri: totpKeyUri(newKey, user.email) } : null;
		if (!parsed.success) return failForm(400, fieldErrors(parsed.error), { extra: { setup } });
		const db = await getDatabase();
		const result = await passSecondFactor({ db, now: new Date() }, { user, session, code: parsed.data.code, newKey });
		if (!result.ok) {
			const params: Record<string, number> = result.error === 'rate_limited' ? minutesToWait(result.retryAfterSeconds) : {};
			return failForm(400, { code: result.error }, { params, extra: { setup } });
		}
		redirect(303, localizeHref(await staffLandingPath(db, user)));
	}
} satisfies Actions;
