import { localizeHref } from '$lib/paraglide/runtime';

/**
 * The sign-in page, told where to send the person back to afterwards (the vote, the post, the
 * proposal they were on). The server checks `next` is a page of this site before it follows it.
 */
export function signInHref(returnTo: string): string {
	return localizeHref(`/sign-in?next=${encodeURIComponent(returnTo)}`);
}

/** The same return address carried to the next step of signing in (the code page and its forms). */
export function withNext(path: string, next: string | null): string {
	if (!next) return path;
	return `${path}${path.includes('?') ? '&' : '?'}next=${encodeURIComponent(next)}`;
}

/** A named form action of the code page that keeps the return address in the query ("?next=…&/verify"). */
export function actionWithNext(name: string, next: string | null): string {
	return next ? `?next=${encodeURIComponent(next)}&/${name}` : `?/${name}`;
}
