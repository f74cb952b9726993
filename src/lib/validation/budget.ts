import { z } from 'zod';
import { moneyField } from './fields';

const optionalText = (max: number, code: string) =>
	z
		.string()
		.trim()
		.max(max, code)
		.optional()
		.transform((s) => s || null);

export const contributionForm = z.object({
	funderName: z.string({ error: 'funder_missing' }).trim().min(1, 'funder_missing').max(120, 'funder_too_long'),
	amount: moneyField({ min: 1 }),
	note: optionalText(300, 'note_too_long'),
	potId: z
		.union([z.literal(''), z.uuid('pot_unknown')])
		.optional()
		.transform((s) => s || null)
});

export const removeContributionForm = z.object({ contributionId: z.uuid('contribution_unknown') });
export const removePotForm = z.object({ potId: z.uuid('pot_unknown') });

export const allocationForm = z.object({ potId: z.uuid('pot_unknown'), amount: moneyField() });

/**
 * A pot's name (and optional description) in each language the place offers, as `name.<lang>`
 * fields; the place's first language is required, the others may follow.
 */
export function potForm(languages: readonly string[]) {
	const [first, ...others] = languages;
	return z
		.object({
			[`name.${first}`]: z.string({ error: 'pot_name_missing' }).trim().min(1, 'pot_name_missing').max(80, 'pot_name_too_long'),
			...Object.fromEntries(others.map((lang) => [`name.${lang}`, z.string().trim().max(80, 'pot_name_too_long').default('')])),
			...Object.fromEntries(languages.map((lang) => [`description.${lang}`, z.string().trim().max(300, 'description_too_long').default('')])),
			// Left empty: the pot starts with its ring-fenced money only.
			amount: z.string().trim().optional().transform((s) => s || '0').pipe(moneyField())
		})
		.transform((form) => {
			const fields = form as Record<string, unknown>;
			const texts = (prefix: string) => Object.fromEntries(languages.map((lang) => [lang, String(fields[`${prefix}.${lang}`] ?? '')]).filter(([, text]) => text));
			return { name: texts('name'), description: texts('description'), allocatedMinor: form.amount };
		});
}
