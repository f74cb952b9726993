import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /cy/places/x is served by the same route as /places/x; the locale comes from the prefix.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
