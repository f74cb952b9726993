import { redirect, type Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { baseLocale, isLocale, localizeHref } from '$lib/paraglide/runtime';

/**
 * Runs each request in its locale and writes it into <html lang>. The URL decides the language
 * (/cy/… is Welsh); the one exception is the front door: someone who chose Welsh with the language
 * switch (which sets the cookie) lands on the Welsh home page next time they come back.
 */
export const handleLocale: Handle = ({ event, resolve }) => {
	const remembered = event.cookies.get('PARAGLIDE_LOCALE');
	if (event.url.pathname === '/' && remembered && remembered !== baseLocale && isLocale(remembered)) {
		redirect(307, localizeHref('/', { locale: remembered }));
	}
	return paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});
};
