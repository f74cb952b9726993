/**
 * Text a place writes in each language it offers, keyed by locale ("en", "cy").
 * In Wales Welsh must not be treated less favourably, so content is stored per language,
 * not as an English column with an afterthought translation.
 * (No zod here: pages import this file, and a schema would ship the validation library to every phone.)
 */
export type LocalizedText = Record<string, string>;

/** The text in the reader's language, else in the place's first language, else any text there is. */
export function pickText(text: LocalizedText | null | undefined, locale: string, fallbacks: readonly string[] = []): string {
	if (!text) return '';
	for (const candidate of [locale, ...fallbacks]) {
		const value = text[candidate];
		if (value) return value;
	}
	return Object.values(text).find(Boolean) ?? '';
}

/** Whether the text shown is in a different language from the page (so we can mark it with lang=""). */
export function textLocale(text: LocalizedText | null | undefined, locale: string, fallbacks: readonly string[] = []): string {
	if (!text) return locale;
	for (const candidate of [locale, ...fallbacks]) if (text[candidate]) return candidate;
	return Object.keys(text).find((key) => text[key]) ?? locale;
}
