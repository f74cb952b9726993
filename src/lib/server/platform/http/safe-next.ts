import { localizeHref } from '$lib/paraglide/runtime';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * A page of this site to send someone back to, in their language — or null when `next` is missing
 * or would leave the site. The check runs on the final address, after localising: taking "/cy" off
 * "/cy//evil.example" leaves "//evil.example", which a browser reads as another site. The language
 * switch and sign-in both return people this way.
 */
export function safeReturnPath(next: string | null | undefined, locale: Locale, origin: string): string | null {
	if (!next || !next.startsWith('/')) return null;
	let target: URL;
	try {
		target = new URL(localizeHref(next, { locale }), origin);
	} catch {
		return null;
	}
	if (target.origin !== origin) return null;
	// A path the URL parser left starting with "//" (from "/.//x" or "/%2F/x") is still read as another
	// site in a Location header: one slash is what was meant on this site.
	return `${target.pathname.replace(/^\/+/, '/')}${target.search}${target.hash}`;
}

/** Where the language switch sends the person: the page they were on, in the new language, else home. */
export function localizedNext(next: string | null, locale: Locale, origin: string): string {
	return safeReturnPath(next, locale, origin) ?? localizeHref('/', { locale });
}
