import type { Handle } from '@sveltejs/kit';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Headers every response gets; the CSP itself is set in svelte.config.js so SvelteKit can hash its
 * scripts. Where the app is served over https (adapter-node takes the public address from ORIGIN),
 * browsers are told to use https only from then on, so a café Wi-Fi cannot strip it on a later visit.
 * Not `includeSubDomains`: a council's other sites under the same domain are not ours to decide for.
 */
export function securityHeaders(publicUrl: URL): [string, string][] {
	const headers: [string, string][] = [
		['X-Content-Type-Options', 'nosniff'],
		['Referrer-Policy', 'strict-origin-when-cross-origin'],
		['X-Frame-Options', 'DENY']
	];
	if (publicUrl.protocol === 'https:') headers.push(['Strict-Transport-Security', `max-age=${ONE_YEAR_SECONDS}`]);
	return headers;
}

export const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of securityHeaders(event.url)) response.headers.set(name, value);
	return response;
};
