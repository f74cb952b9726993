import { m } from '$lib/paraglide/messages';

export type ErrorKind = 'not_found' | 'forbidden' | 'too_large' | 'bad_form' | 'server';

/**
 * The words an error page shows, from the status and the code the server sent. Saying "something
 * went wrong on our side" for a refusal or an oversized form sends people to wait and retry what
 * will never work; each case says what happened and what to do next.
 */
export function errorWords(status: number, code: string | undefined): { kind: ErrorKind; title: string; body: string } {
	if (status === 404) {
		const body = code === 'place_not_found' ? m.error_place_not_found() : code === 'cycle_not_found' ? m.error_cycle_not_found() : m.error_not_found_body();
		return { kind: 'not_found', title: m.error_not_found_title(), body };
	}
	if (status === 403) return { kind: 'forbidden', title: m.error_forbidden_title(), body: m.error_forbidden_body() };
	if (status === 413 || code === 'form_too_large') return { kind: 'too_large', title: m.error_too_large_title(), body: m.error_too_large_body() };
	if (status === 400 && code === 'bad_form') return { kind: 'bad_form', title: m.error_bad_form_title(), body: m.error_bad_form_body() };
	return { kind: 'server', title: m.error_generic_title(), body: m.error_generic_body() };
}
