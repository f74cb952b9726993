import { localizeHref } from '$lib/paraglide/runtime';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * Where the language switch sends the person: the page they were on, in the new language — and only
 * ever a page of this site. The check runs on the final address, after localising: taking "/cy" off
 * "/cy//evil.example" leaves "//evil.example", which a browser reads as another site.
 */
export function localizedNext(next: string | null, locale: Locale, origin: string): string {
	if (!next || !next.startsWith('/')) return localizeHref('/', { locale });
	let target: URL;
	try {
		target = new URL(localizeHref(next, { locale }), origin);
	} catch {
		return localizeHref('/', { locale });
	}
	if (target.origin !== origin) return localizeHref('/', { locale });
	// A path the URL parser left starting with "//" (from "/.//x" or "/%2F/x") is still read as another
	// site in a Location header: one slash is what was meant on this site.
	return `${target.pathname.replace(/^\/+/, '/')}${target.search}${target.hash}`;
}
