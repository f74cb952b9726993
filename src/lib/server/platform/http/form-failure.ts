import { fail } from '@sveltejs/kit';

/**
 * The one shape every form action fails with: error codes by field, what was typed (so the form is
 * refilled), parameters for the messages, and which form on the page it was when there are several.
 * `extra` is what the page needs to draw itself again (the two-factor key being set up), typed
 * through to the page's ActionData.
 */
export function failForm<Extra extends object = object>(
	status: number,
	errors: Record<string, string>,
	options: { values?: Record<string, string>; params?: Record<string, string | number>; form?: string; extra?: Extra } = {}
) {
	return fail(status, {
		...((options.extra ?? {}) as Extra),
		errors,
		values: options.values ?? ({} as Record<string, string>),
		params: options.params ?? ({} as Record<string, string | number>),
		form: options.form ?? ''
	});
}

/** Message parameters for "wait N minutes and try again", rounded up so N is never 0. */
export function minutesToWait(retryAfterSeconds: number): { minutes: number } {
	return { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) };
}
