import { z } from 'zod';
import { isUuid } from './fields';

/**
 * A challenge's "How might we …?" and summary in each language the place offers, as
 * `question.<lang>` / `summary.<lang>` fields (the place's first language is required, the others
 * may follow), and the posts it came from as ticked `post.<id>` checkboxes — one field per post,
 * so a plain form post without JavaScript carries them.
 */
export function challengeForm(languages: readonly string[]) {
	const [first, ...others] = languages;
	return z
		.looseObject({
			[`question.${first}`]: z.string({ error: 'challenge_question_missing' }).trim().min(1, 'challenge_question_missing').max(200, 'challenge_question_too_long'),
			...Object.fromEntries(others.map((lang) => [`question.${lang}`, z.string().trim().max(200, 'challenge_question_too_long').default('')])),
			...Object.fromEntries(languages.map((lang) => [`summary.${lang}`, z.string().trim().max(1000, 'challenge_summary_too_long').default('')]))
		})
		.transform((form) => ({
			question: localized(languages, form, 'question'),
			summary: localized(languages, form, 'summary'),
			postIds: tickedPostIds(form)
		}));
}

function localized(languages: readonly string[], form: Record<string, unknown>, field: string): Record<string, string> {
	return Object.fromEntries(languages.map((lang) => [lang, String(form[`${field}.${lang}`] ?? '').trim()]).filter(([, text]) => text));
}

/** Ids of the ticked `post.<id>` boxes; anything else under that prefix is ignored, not trusted. */
export function tickedPostIds(form: Record<string, unknown>): string[] {
	return Object.keys(form)
		.filter((key) => key.startsWith('post.'))
		.map((key) => key.slice('post.'.length))
		.filter((id) => isUuid(id))
		.map((id) => id.toLowerCase());
}
