import { redirect } from '@sveltejs/kit';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { invalidateSession } from '$lib/server/accounts/sessions';
import { requestSignInCode, signInWithCode } from '$lib/server/accounts/sign-in';
import { allowAnonymous } from '$lib/server/auth/guard';
import { setSessionCookie } from '$lib/server/auth/session-cookie';
import { getDatabase } from '$lib/server/platform/db';
import { clientAddress } from '$lib/server/platform/http/client-address';
import { PENDING_EMAIL_COOKIE } from '$lib/server/accounts/pending-email';
import { parseForm } from '$lib/server/platform/http/parse-form';
import { getMailer } from '$lib/server/platform/services';
import { enterCodeForm } from '$lib/validation/accounts';
import { withNext } from '$lib/accounts/sign-in-href';
import { safeReturnPath } from '$lib/server/platform/http/safe-next';
import { failForm, minutesToWait } from '$lib/server/platform/http/form-failure';
import type { Actions, PageServerLoad } from './$types';

/** The page to return to once signed in (the vote, the post …), if it is one of this site's. */
const returnPath = (url: URL) => safeReturnPath(url.searchParams.get('next'), getLocale(), url.origin);

export const load: PageServerLoad = ({ cookies, url }) => {
	const email = cookies.get(PENDING_EMAIL_COOKIE);
	const next = returnPath(url);
	if (!email) redirect(303, withNext(localizeHref('/sign-in'), next));
	return { email, next };
};

export const actions = {
	verify: async (event) => {
		allowAnonymous('typing the emailed code is how anyone signs in');
		const email = event.cookies.get(PENDING_EMAIL_COOKIE);
		if (!email) redirect(303, withNext(localizeHref('/sign-in'), returnPath(event.url)));
		const parsed = await parseForm(event, enterCodeForm);
		if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
		const { values } = parsed;
		const db = await getDatabase();
		const result = await signInWithCode({ db, now: new Date() }, { email, code: parsed.data.code });
		if (!result.ok) {
			const params: Record<string, number> = result.error === 'code_wrong' ? { attempts: result.attemptsLeft } : {};
			return failForm(400, { code: result.error }, { params, values });
		}
		event.cookies.delete(PENDING_EMAIL_COOKIE, { path: '/' });
		// Rotation: whatever session this browser had before is ended.
		if (event.locals.session) await invalidateSession(db, event.locals.session.id);
		setSessionCookie(event.cookies, result.token, result.expiresAt);
		// Back where they were (the vote with their choices, the post, the proposal), else their account.
		redirect(303, returnPath(event.url) ?? localizeHref('/account'));
	},
	resend: async (event) => {
		allowAnonymous('asking for a new code; rate-limited like the first');
		const email = event.cookies.get(PENDING_EMAIL_COOKIE);
		if (!email) redirect(303, withNext(localizeHref('/sign-in'), returnPath(event.url)));
		const result = await requestSignInCode(
			{ db: await getDatabase(), mailer: await getMailer(), now: new Date() },
			{ email, ip: clientAddress(event), locale: getLocale() }
		);
		if (!result.ok) return failForm(429, { code: 'rate_limited' }, { params: minutesToWait(result.retryAfterSeconds) });
		return { resent: true };
	}
} satisfies Actions;
