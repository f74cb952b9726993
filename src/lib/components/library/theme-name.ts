import { m } from '$lib/paraglide/messages';
import { pickText } from '$lib/localized-text';
import type { DefaultTheme, ThemeView } from '$lib/library/themes';

const defaultNames: Record<DefaultTheme, () => string> = {
	'young-people': m.library_theme_young_people,
	'older-people': m.library_theme_older_people,
	'green-spaces': m.library_theme_green_spaces,
	'getting-around': m.library_theme_getting_around,
	'feeling-safe': m.library_theme_feeling_safe,
	'places-to-meet': m.library_theme_places_to_meet,
	food: m.library_theme_food,
	'arts-and-culture': m.library_theme_arts_and_culture,
	health: m.library_theme_health
};

/** A theme's name in the reader's language: a default theme's from messages, a place's own as it wrote it. */
export function themeName(theme: ThemeView, locale: string): string {
	if (theme.name) return pickText(theme.name, locale) || theme.slug;
	return defaultNames[theme.slug as DefaultTheme]?.() ?? theme.slug;
}
