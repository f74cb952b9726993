import { fail } from '@sveltejs/kit';

/**
 * The one shape every form action fails with: error codes by field, what was typed (so the form is
 * refilled), parameters for the messages, and which form on the page it was when there are several.
 */
export function failForm(
	status: number,
	errors: Record<string, string>,
	options: { values?: Record<string, string>; params?: Record<string, string | number>; form?: string } = {}
) {
	return fail(status, {
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
