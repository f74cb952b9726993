import { error, type RequestEvent } from '@sveltejs/kit';
import { formValues } from '$lib/validation/fields';

/**
 * The submitted form as plain strings. A body that is not a readable form (wrong type, cut off,
 * too large) is the caller's mistake: 400 with a code, never a 500.
 */
export async function readForm(event: RequestEvent): Promise<Record<string, string>> {
	try {
		return formValues(await event.request.formData());
	} catch {
		error(400, { message: 'Unreadable form', code: 'bad_form' });
	}
}

/**
 * The submitted form's text fields in order, with repeated names kept (a ballot's ticked boxes all
 * share the name `choice`). Unreadable bodies are a 400, as in readForm.
 */
export async function readFormEntries(event: RequestEvent): Promise<[string, string][]> {
	let data: FormData;
	try {
		data = await event.request.formData();
	} catch {
		error(400, { message: 'Unreadable form', code: 'bad_form' });
	}
	return [...data].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}
