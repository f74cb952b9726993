import { error, type RequestEvent } from '@sveltejs/kit';
import { formValues } from '$lib/validation/fields';
import { isTooLarge } from './read-form';

export type FormWithFiles =
	| { ok: true; values: Record<string, string>; files: Record<string, File> }
	/** Bigger than the server takes (BODY_SIZE_LIMIT): nothing of it could be read, not even the text. */
	| { ok: false; error: 'body_too_large' };

/**
 * A multipart form (enctype="multipart/form-data"): the text fields as plain strings, which are
 * what may be sent back to refill the form, and the chosen files apart. A file input left empty
 * arrives as a nameless empty file: that is no file. A body over the server's limit is a clear
 * refusal the form can show, not an error page; anything else unreadable is a 400, as in readForm.
 */
export async function readFormWithFiles(event: RequestEvent): Promise<FormWithFiles> {
	let data: FormData;
	try {
		data = await event.request.formData();
	} catch (cause) {
		// adapter-node stops reading at BODY_SIZE_LIMIT and fails the body with a 413.
		if (isTooLarge(cause)) return { ok: false, error: 'body_too_large' };
		error(400, { message: 'Unreadable form', code: 'bad_form' });
	}
	const files: Record<string, File> = {};
	for (const [key, value] of data) {
		if (typeof value !== 'string' && (value.size > 0 || value.name !== '')) files[key] = value;
	}
	return { ok: true, values: formValues(data), files };
}
