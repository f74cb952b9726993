/**
 * The themes every place starts with, so projects about the same thing meet in the library across
 * places. A place adds its own beside these (`place_themes`); a theme is named by its slug in
 * addresses (`/library/themes/young-people`) and its words come from the messages.
 */
export const DEFAULT_THEMES = ['young-people', 'older-people', 'green-spaces', 'getting-around', 'feeling-safe', 'places-to-meet', 'food', 'arts-and-culture', 'health'] as const;
export type DefaultTheme = (typeof DEFAULT_THEMES)[number];

/** A theme's slug: lower-case letters, digits and single hyphens (what an address can carry as is). */
export const THEME_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isDefaultTheme(slug: string): slug is DefaultTheme {
	return (DEFAULT_THEMES as readonly string[]).includes(slug);
}

/** A slug made from a place's own name for a theme ("Dog walking!" → "dog-walking"); '' when nothing is left. */
export function slugifyTheme(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40)
		.replace(/-+$/g, '');
}

/** A theme as a page shows it: the default list's words come from messages, a place's own carry its name. */
export interface ThemeView {
	slug: string;
	/** Null for a default theme (its words are a message); the place's own words otherwise. */
	name: Record<string, string> | null;
}
