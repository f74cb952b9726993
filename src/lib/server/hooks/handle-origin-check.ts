import { error, type Handle } from '@sveltejs/kit';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * SvelteKit's own CSRF check covers form submissions only. Any other state-changing request (JSON
 * endpoints, fetch calls) must come from our own origin too: a missing or foreign Origin is refused.
 */
export const handleOriginCheck: Handle = ({ event, resolve }) => {
	const { request, url } = event;
	if (SAFE.has(request.method)) return resolve(event);
	const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase() ?? '';
	if (FORM_TYPES.includes(type)) return resolve(event);
	if (request.headers.get('origin') !== url.origin) {
		error(403, { message: 'Cross-site request refused', code: 'forbidden' });
	}
	return resolve(event);
};
