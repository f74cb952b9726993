import { error, type Handle } from '@sveltejs/kit';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: every state-changing request (forms and anything else) must come
 * from a page on this site, i.e. carry an Origin header (set by the browser, not by pages) whose host
 * is ours — the public host (ORIGIN / HOST_HEADER, seen as url.host) or the host the browser asked
 * for (the Host header: a workshop laptop's address, reached by residents' phones over the room's
 * Wi-Fi).
 *
 * We do this instead of SvelteKit's built-in check (turned off in svelte.config.js) because that one
 * compares full origins, and adapter-node assumes https unless ORIGIN is set: the demo on
 * http://localhost:3000, or that laptop, would refuse every form.
 */
export const handleOriginCheck: Handle = ({ event, resolve }) => {
	const { request, url } = event;
	if (!SAFE.has(request.method) && !isSameSiteRequest(request.headers.get('origin'), url.host, request.headers.get('host'))) {
		error(403, { message: 'Cross-site request refused', code: 'forbidden' });
	}
	return resolve(event);
};

export function isSameSiteRequest(origin: string | null, publicHost: string, hostHeader: string | null): boolean {
	const host = originHost(origin);
	return host !== null && (host === publicHost || host === hostHeader);
}

function originHost(origin: string | null): string | null {
	if (!origin) return null;
	try {
		return new URL(origin).host;
	} catch {
		return null;
	}
}
