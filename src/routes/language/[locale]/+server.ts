import { error, redirect } from '@sveltejs/kit';
import { isLocale } from '$lib/paraglide/runtime';
import { localizedNext } from '$lib/server/platform/http/safe-next';
import type { RequestHandler } from './$types';

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The language switch: a plain link, so it works without JavaScript. It remembers the choice in a
 * cookie (the home page honours it on the next visit) and returns the person to the page they were on.
 */
export const GET: RequestHandler = ({ params, url, cookies }) => {
	if (!isLocale(params.locale)) error(404, { message: 'Unknown language', code: 'not_found' });
	cookies.set('PARAGLIDE_LOCALE', params.locale, { path: '/', maxAge: ONE_YEAR, httpOnly: false, sameSite: 'lax' });
	redirect(303, localizedNext(url.searchParams.get('next'), params.locale, url.origin));
};
