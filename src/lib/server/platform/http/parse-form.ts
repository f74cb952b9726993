import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { fieldErrors } from '$lib/validation/fields';
import { readForm } from './read-form';

/** A form read and checked: its data, or its problems by field; either way what was typed, to refill it. */
export type ParsedForm<Data> = { ok: true; data: Data; values: Record<string, string> } | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/**
 * Reads the submitted form (readForm: a NUL is dropped, an unreadable body is a 400) and checks it
 * with a zod schema. An action is then:
 *
 *     const parsed = await parseForm(event, inviteForm);
 *     if (!parsed.ok) return failForm(400, parsed.errors, { values: parsed.values });
 */
export async function parseForm<Schema extends z.ZodType>(event: RequestEvent, schema: Schema): Promise<ParsedForm<z.output<Schema>>> {
	const values = await readForm(event);
	const result = schema.safeParse(values);
	return result.success ? { ok: true, data: result.data, values } : { ok: false, errors: fieldErrors(result.error), values };
}
