import { error, type Handle } from '@sveltejs/kit';

/**
 * Requests SvelteKit itself would answer with a 500 although the mistake is the caller's:
 * posting to `?/default` by name (the default action has no name). Answer 400 instead.
 */
export const handleBadRequests: Handle = ({ event, resolve }) => {
	if (event.request.method === 'POST' && event.url.searchParams.has('/default')) {
		error(400, { message: 'Unknown form action', code: 'bad_form' });
	}
	return resolve(event);
};
