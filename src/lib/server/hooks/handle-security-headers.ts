import type { Handle } from '@sveltejs/kit';

/** Headers every page gets; the CSP itself is set in svelte.config.js so SvelteKit can hash its scripts. */
export const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
};
