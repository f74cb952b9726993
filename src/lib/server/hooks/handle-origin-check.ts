import { error, type Handle } from '@sveltejs/kit';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: every state-changing request (forms and anything else) must come
 * from a page on this site, i.e. carry an Origin header whose host is ours.
 *
 * We do this instead of SvelteKit's built-in check (turned off in svelte.config.js) because that one
 * compares the full origin, and adapter-node assumes https unless ORIGIN is set: the demo on
 * http://localhost:3000 — or on a laptop's address at a workshop, with residents' phones joining over
 * the room's Wi-Fi — would refuse every form. Comparing hosts keeps the protection (another site
 * cannot send our host as its Origin) without knowing the public URL in advance.
 */
export const handleOriginCheck: Handle = ({ event, resolve }) => {
	if (SAFE.has(event.request.method)) return resolve(event);
	if (originHost(event.request.headers.get('origin')) !== event.url.host) {
		error(403, { message: 'Cross-site request refused', code: 'forbidden' });
	}
	return resolve(event);
};

function originHost(origin: string | null): string | null {
	if (!origin) return null;
	try {
		return new URL(origin).host;
	} catch {
		return null;
	}
}
