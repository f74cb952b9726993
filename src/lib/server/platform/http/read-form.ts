import { error, type RequestEvent } from '@sveltejs/kit';
import { formValues, withoutNul } from '$lib/validation/fields';

/**
 * The submitted form as plain strings. A body that is not a readable form (wrong type, cut off) is
 * the caller's mistake: 400 with a code, never a 500; one over the size limit is a 413 that says so.
 */
export async function readForm(event: RequestEvent): Promise<Record<string, string>> {
	return formValues(await readFormData(event));
}

/**
 * The submitted form's text fields in order, with repeated names kept (a ballot's ticked boxes all
 * share the name `choice`). Unreadable bodies are refused as in readForm.
 */
export async function readFormEntries(event: RequestEvent): Promise<[string, string][]> {
	const data = await readFormData(event);
	return [...data].filter((entry): entry is [string, string] => typeof entry[1] === 'string').map(([key, value]) => [withoutNul(key), withoutNul(value)]);
}

async function readFormData(event: RequestEvent): Promise<FormData> {
	try {
		return await event.request.formData();
	} catch (cause) {
		if (isTooLarge(cause)) error(413, { message: 'Form too large', code: 'form_too_large' });
		error(400, { message: 'Unreadable form', code: 'bad_form' });
	}
}

/** The body reader refuses an oversized body with a 413 error, sometimes wrapped by the form parser. */
export function isTooLarge(cause: unknown): boolean {
	for (let e = cause as { status?: number; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth++) {
		if (e.status === 413) return true;
	}
	return false;
}
