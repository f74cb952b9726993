import { z } from 'zod';
import { CYCLE_SLUG_MAX, CYCLE_SLUG_MIN, CYCLE_SLUG_PATTERN, RESERVED_CYCLE_SLUGS } from '$lib/cycles/cycle-slug';
import { isUuid } from './fields';

/**
 * The words of a new cycle as the start form sends them: `title.<lang>` and `challenge.<lang>` for
 * each language the place works in (its main language, the first, is required; the others may
 * follow), a short address (`slug`, blank = made from the title) and, when it is a copy, the cycle
 * it copies (`from`). The phases and their dates are read by readPhaseDatesForm.
 */
export function startCycleForm(languages: readonly string[]) {
	const [first, ...others] = languages;
	const title = (lang: string, required: boolean) =>
		[`title.${lang}`, required ? z.string({ error: 'cycle_title_missing' }).trim().min(1, 'cycle_title_missing').max(120, 'cycle_title_too_long') : z.string().trim().max(120, 'cycle_title_too_long').default('')] as const;
	const challenge = (lang: string, required: boolean) =>
		[`challenge.${lang}`, required ? z.string({ error: 'cycle_challenge_missing' }).trim().min(1, 'cycle_challenge_missing').max(1000, 'cycle_challenge_too_long') : z.string().trim().max(1000, 'cycle_challenge_too_long').default('')] as const;
	return z
		.looseObject({
			...Object.fromEntries([title(first, true), ...others.map((lang) => title(lang, false))]),
			...Object.fromEntries([challenge(first, true), ...others.map((lang) => challenge(lang, false))]),
			slug: z
				.string()
				.trim()
				.toLowerCase()
				.default('')
				.refine((slug) => slug === '' || slug.length >= CYCLE_SLUG_MIN, 'cycle_slug_too_short')
				.refine((slug) => slug.length <= CYCLE_SLUG_MAX, 'cycle_slug_too_long')
				.refine((slug) => slug === '' || CYCLE_SLUG_PATTERN.test(slug), 'cycle_slug_format')
				.refine((slug) => !RESERVED_CYCLE_SLUGS.includes(slug), 'cycle_slug_taken'),
			from: z
				.string()
				.trim()
				.default('')
				.refine((id) => id === '' || isUuid(id), 'cycle_copy_unknown')
		})
		.transform((form) => ({
			title: localized(languages, form, 'title'),
			challenge: localized(languages, form, 'challenge'),
			slug: (form.slug as string) || null,
			fromCycleId: (form.from as string).toLowerCase() || null
		}));
}

function localized(languages: readonly string[], form: Record<string, unknown>, field: string): Record<string, string> {
	return Object.fromEntries(languages.map((lang) => [lang, String(form[`${field}.${lang}`] ?? '').trim()]).filter(([, text]) => text));
}
