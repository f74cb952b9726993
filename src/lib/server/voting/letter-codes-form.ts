import { z } from 'zod';
import { locales, type Locale } from '$lib/paraglide/runtime';
import { fieldErrors } from '$lib/validation/fields';
import { MAX_BATCH_LABEL, MAX_LETTER_CODES } from './letter-codes';

/** The team's "make a batch" form: a label, how many codes, the language printed on the cards. */
const batchForm = z.object({
	label: z.string().trim().min(1, 'letter_codes_label_missing').max(MAX_BATCH_LABEL, 'letter_codes_label_too_long'),
	count: z
		.string()
		.trim()
		.min(1, 'letter_codes_count_missing')
		// Digits only: "1e3", "12.5" or "-4" are not how many letters anyone means.
		.regex(/^\d+$/, 'letter_codes_count_invalid')
		.transform(Number)
		.pipe(z.number().int().min(1, 'letter_codes_count_range').max(MAX_LETTER_CODES, 'letter_codes_count_range')),
	language: z.enum(locales as unknown as [Locale, ...Locale[]], { error: 'letter_codes_language_invalid' })
});

/** The form's values checked, or error codes by field (the page says them in the team's language). */
/** From a voter register the letters are one per person on it, so no count is asked. */
const registerBatchForm = batchForm.omit({ count: true });

export type LetterCodeBatchRequest = Omit<z.infer<typeof batchForm>, 'count'> & { count: number | null };

/**
 * The form's values checked, or error codes by field (the page says them in the team's language).
 * With a voter register (`fromRegister`), a count is not read: there is one letter per person.
 */
export function parseLetterCodeBatchForm(
	values: Record<string, string>,
	{ fromRegister = false }: { fromRegister?: boolean } = {}
): { ok: true; batch: LetterCodeBatchRequest } | { ok: false; errors: Record<string, string> } {
	const input = { label: values.label ?? '', count: values.count ?? '', language: values.language ?? '' };
	if (fromRegister) {
		const parsed = registerBatchForm.safeParse(input);
		return parsed.success ? { ok: true, batch: { ...parsed.data, count: null } } : { ok: false, errors: fieldErrors(parsed.error) };
	}
	const parsed = batchForm.safeParse(input);
	return parsed.success ? { ok: true, batch: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}
