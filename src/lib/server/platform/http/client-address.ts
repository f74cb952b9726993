import type { RequestEvent } from '@sveltejs/kit';

/** The caller's address for rate limits. Behind a proxy, set adapter-node's ADDRESS_HEADER/XFF_DEPTH. */
export function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}
