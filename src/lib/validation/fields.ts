import { z } from 'zod';

/*
 * The field schemas and helpers every form shares. Each failure carries a stable code (the issue
 * message) that the page turns into words in the reader's language — never English from the server.
 */

/** An id as the database writes it (any hex uuid, not only the RFC versions zod's z.uuid() takes). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a text can be an id; asking the database about one that cannot is an error, not "not found". */
export function isUuid(text: string): boolean {
	return UUID_PATTERN.test(text);
}

/** A form field naming a record by its id; `code` is what the page says when it is missing or no id. */
export const uuid = (code: string) => z.string({ error: code }).regex(UUID_PATTERN, code);

/** A text field that may be left empty; `code` when it is longer than `max`. */
export const optionalText = (max: number, code: string) => z.string().trim().max(max, code).default('');

/**
 * An amount typed by a person ("£1,250.50", "1250", "1 250,5" is refused — ambiguous) read into
 * integer minor units (pence). Money is never a float: the text is split at the decimal point and
 * the parts are read as integers. Currencies here have two decimals (GBP, EUR); a place in another
 * currency brings its own scale with it when it arrives.
 */
export function parseMoneyText(text: string): number | null {
	const cleaned = text.trim().replace(/^[£€$]\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '').replace(/\s/g, '');
	const match = cleaned.match(/^(\d{1,12})(?:\.(\d{1,2}))?$/);
	if (!match) return null;
	const minor = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
	return Number.isSafeInteger(minor) ? minor : null;
}

/** A form field holding money; error codes: money_required, money_invalid, money_too_small. */
export function moneyField(options: { min?: number } = {}) {
	const min = options.min ?? 0;
	return z
		.string('money_required')
		.trim()
		.min(1, 'money_required')
		.transform((text, context) => {
			const minor = parseMoneyText(text);
			if (minor === null) {
				context.addIssue({ code: 'custom', message: 'money_invalid' });
				return z.NEVER;
			}
			if (minor < min) {
				context.addIssue({ code: 'custom', message: 'money_too_small' });
				return z.NEVER;
			}
			return minor;
		});
}

/** Turns a zod result into `{ field: code }` for the page, first problem per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message;
	}
	return errors;
}

/**
 * Reads a form into a plain object of strings (files and repeated keys are not used by these forms).
 * A NUL character (U+0000) is dropped wherever it appears: nobody types one on purpose, and Postgres
 * cannot store it in text, so keeping it would turn any form into an error page.
 */
export function formValues(data: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of data) if (typeof value === 'string') values[withoutNul(key)] = withoutNul(value);
	return values;
}

/** A NUL character cannot be stored (Postgres refuses it in text): it is dropped wherever forms are read. */
export const withoutNul = (text: string) => (text.includes('\u0000') ? text.replaceAll('\u0000', '') : text);
