import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'placecraft_session';

/** HttpOnly, SameSite=Lax; SvelteKit marks it Secure everywhere but http://localhost. */
export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', expires: expiresAt });
}

export function deleteSessionCookie(cookies: Cookies): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax' });
}
